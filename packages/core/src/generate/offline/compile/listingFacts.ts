/**
 * The columns of an event list that state a fact about the event (its dates, venue, place, or an asked attribute
 * such as its description), as the expressions they are selected by: a list shows each event once, but once per
 * distinct set of these facts, so two listings of one name with different dates ("CeMAT Southeast Asia" on 12 and
 * on 17 September) both show, while listings differing only by URL are one row. The name (partitioned on
 * separately, case-insensitively), the URL (the listing's own key, no fact about the event) and a count beside every
 * row are left out. `cols` are select items (`"e1"."start_date"`, `"e1"."name" AS "event"`).
 */
export function listingFacts(
  cols: readonly string[],
  leftOut: readonly string[] = ['event', 'url', 'count'],
): string[] {
  return cols.flatMap((item) => {
    const as = / AS "([^"]+)"$/.exec(item);
    const name = as?.[1] ?? /"([^"]+)"$/.exec(item)?.[1] ?? item;
    if (leftOut.includes(name)) return [];
    return [as ? item.slice(0, as.index) : item];
  });
}
