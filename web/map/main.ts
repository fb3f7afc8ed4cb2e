/** The map page's entry: /maps is the index, /maps/<id> one map; errors become a readable message. */
import { ApiDownError, ApiError } from './api.ts';
import { showMessage } from './dom.ts';
import { showIndex } from './index-page.ts';
import { showMap } from './show-map.ts';

async function main(): Promise<void> {
  const match = /^\/maps\/([^/]+)\/?$/.exec(location.pathname);
  try {
    if (match) await showMap(decodeURIComponent(match[1]!));
    else {
      await showIndex();
      document.documentElement.dataset.state = 'ready';
    }
  } catch (error) {
    document.documentElement.dataset.state = 'error';
    if (error instanceof ApiDownError) showMessage(`The map cannot be shown: ${error.message}. Is the argmap service running?`);
    else if (error instanceof ApiError) showMessage(`The API refused the request: ${error.message}`);
    else showMessage(`Something went wrong: ${(error as Error).message}`);
  }
}

void main();
