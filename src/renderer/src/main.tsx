import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import { App } from './App';
import { applyLastTheme } from './settings/theme';
import './theme.css';
import './base.css';
import './shell.css';
import './controls.css';
import './checkMarks.css';
import './settings/settings.css';
import './edit/choices.css';
import './filters/filterBar.css';
import './table/table.css';
import './records/recordPanel.css';
import './home/figures.css';
import './views/accountPage.css';
import './components/dialogSheet.css';
import './components/searchPalette.css';
import './edit/recordForm.css';
import './changes/changeList.css';
import './menu.css';
import './lists.css';
import './home/home.css';
import './tasks/tasks.css';
import './edit/logCall.css';
import './edit/meetingEdit.css';
import './records/activity.css';
import './sync/sync.css';

applyLastTheme();
const root = document.getElementById('root');
if (!root) throw new Error('Roadbook: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
