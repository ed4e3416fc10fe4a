/** The welcome page, opened once after install (see background/welcome.ts). */
import { render } from 'preact';
import { t, ui } from '../shared/i18n';
import { Welcome } from './Welcome';
import '../shared/ui/base.css';
import './welcome.css';

document.documentElement.lang = ui.locale;
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
