// Entry point of the window (renderer/index.html): first what main says (the language to speak,
// the profile), so the first frame is already in the person's language.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo } from '../common/ipc/contract';
import { App } from './app';
import { speak } from './state/use-language';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const render = (info: AppInfo | null) =>
  root.render(
    <StrictMode>
      <App info={info} />
    </StrictMode>,
  );
window.netcheck.appInfo().then(
  (info) => {
    speak(info.language);
    render(info);
  },
  () => render(null),
);
