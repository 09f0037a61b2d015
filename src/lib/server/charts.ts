// Each chart registers its static islands here (one import per chart), and so do the story's notes.
import './defence-spending';
import './membership-map';
import './story-tables';
