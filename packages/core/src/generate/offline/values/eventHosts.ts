import { getDomain, getDomainWithoutSuffix } from 'tldts';

/** An event row as the host reader needs it: its web address and its venue. */
export interface EventUrlRow {
  readonly id: number;
  readonly name: string;
  readonly url?: string | null;
  readonly venue: string | null;
}

/**
 * The site that hosts some events' pages ("terrapinn.com" of www.terrapinn.com/exhibition/...): the data has no
 * organiser column, but an organiser that runs several events lists them on its own site, so its name typed is
 * read as "events whose web address is on <domain>".
 */
export interface EventHost {
  /** The registrable domain (the Public Suffix List's: "singaporeexpo.com.sg", "magnusconferences.com"). */
  readonly domain: string;
  readonly ids: number[];
  readonly names: string[];
}

/** A name squeezed to its letters and digits ("Singapore EXPO" -> "singaporeexpo"), to compare with a domain label. */
function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The sites hosting the events' pages, by the label of their registrable domain as it is typed (hyphens left out:
 * "ieeecas" of ieee-cas.org). A venue's own site is no organiser ("singaporeexpo.com.sg" lists the shows held at
 * Singapore EXPO): a label that is the squeezed name of a venue of the data, or of the venue of an event it hosts, is
 * left out. `venueNames` are the venues' names as the index knows them.
 *
 * @example eventHosts([{ id: 1, name: 'Seamless Asia 2025', url: 'https://www.terrapinn.com/exhibition/seamless/', venue: null }], [])
 *   // Map { 'terrapinn' => { domain: 'terrapinn.com', ids: [1], names: ['Seamless Asia 2025'] } }
 */
export function eventHosts(rows: readonly EventUrlRow[], venueNames: Iterable<string>): Map<string, EventHost> {
  const venues = new Set([...venueNames].map(squeezed));
  for (const r of rows) if (r.venue) venues.add(squeezed(r.venue));
  const out = new Map<string, EventHost>();
  for (const r of rows) {
    if (!r.url) continue;
    const domain = getDomain(r.url);
    const label = getDomainWithoutSuffix(r.url);
    if (!domain || !label) continue;
    const key = label.toLowerCase().replace(/-/g, '');
    if (key.length < 3 || venues.has(key)) continue;
    const host = out.get(key) ?? { domain: domain.toLowerCase(), ids: [], names: [] };
    host.ids.push(r.id);
    if (!host.names.includes(r.name)) host.names.push(r.name);
    out.set(key, host);
  }
  return out;
}
