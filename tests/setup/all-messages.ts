// Unit tests read messages of every view; the browser loads them per view (src/i18n/catalogue.ts).
import { registerAllNamespaces } from '@/i18n/all-namespaces';

registerAllNamespaces();
