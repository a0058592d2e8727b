import './player.css';
import type { PlayerDocument } from '../../shared/clickthrough.ts';
import { fillTokens } from '../../shared/clickthrough.ts';
import { createTracker } from './events.ts';
import { mountPlayer, tokenValues } from './player.ts';

/**
 * The click-through player: reads the PlayerDocument the page embeds
 * (`<script type="application/json" id="player-document">`, see
 * server/modules/clickthrough/clickthrough.page.ts) and plays it in `#player`.
 */
const source = document.getElementById('player-document');
const root = document.getElementById('player');
if (source && root) {
  const doc = JSON.parse(source.textContent ?? '{}') as PlayerDocument;
  const title = document.getElementById('player-title');
  if (title) title.textContent = fillTokens(doc.title, tokenValues(location.search), doc.tokens);
  const tracker = createTracker({ url: doc.eventsUrl, versionId: doc.versionId, steps: doc.steps.length });
  mountPlayer(root, doc, { search: location.search, tracker });
}
