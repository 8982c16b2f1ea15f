// The staff web application of the PES 21 suite (docs/decisions/0015, frontend/README.md).
import { createApp } from 'vue';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/main.css';
import App from './App.vue';
import { router } from './router';
import { restore } from './session/session';

restore();
createApp(App).use(router).mount('#app');
