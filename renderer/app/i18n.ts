import { messages, type Messages } from '../core/messages/messages';
import { useSettings } from './settings';

export { messages, type Messages } from '../core/messages/messages';

/** The messages in the interface language the reader chose. */
export function useMessages(): Messages {
  return messages[useSettings().uiLanguage];
}
