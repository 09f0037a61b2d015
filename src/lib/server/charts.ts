// Each chart registers its static islands here (one import per chart).
import './defence-spending';
import './membership-map';
