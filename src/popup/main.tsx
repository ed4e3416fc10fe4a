import { render } from 'preact';
import { t, ui } from '../shared/i18n';
import { Popup } from './Popup';
import '../shared/ui/base.css';
import './popup.css';

document.documentElement.lang = ui.locale;
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
