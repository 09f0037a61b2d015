// Each chart registers its static islands here (one import per chart), and so does the story
// (its charts and its notes' tables).
import './defence-spending';
import './membership-map';
import './story-page';
import './story-tables';
