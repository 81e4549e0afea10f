import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { popupTabId } from '@/lib/platform/tabs';
import '@/components/theme.css';
import '@/components/popup/popup.css';

void popupTabId(location.search).then((tabId) => render(<PopupApp tabId={tabId} />, document.getElementById('app')!));
