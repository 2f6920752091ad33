// The page's entry, kept to a few lines: it starts the search worker (which begins loading the corpus and index at
// once), then loads the page's own code. Had the worker been started from that code, it would have waited for the
// browser to read all 570 KB of it first: a quarter of a second at start.
import './app/search/startSearch';

void import('./app/render');
