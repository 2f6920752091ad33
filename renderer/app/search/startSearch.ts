// Run by the page's entry (main.tsx) before anything else: the search worker starts, and begins loading the corpus
// and index, while the page's own code is still being loaded.
import { searchClient } from './searchClient';

searchClient.start();
