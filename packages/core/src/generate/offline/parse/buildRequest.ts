import { unheldProFormSizes } from './build/proFormSizes';
import { measuresAge, type Request } from '../ir/Request';
import type { ValueIndex } from '../values/ValueIndex';
import { apartLinks } from './build/apartLinks';
import { pivotForPeopleAttributes, shownAttributes } from './build/askedAttributes';
import { createBuildState } from './build/BuildState';
import { chooseShape } from './build/chooseShape';
import { chooseTarget } from './build/chooseTarget';
import { closeLinks } from './build/closeLinks';
import { countsWithLinkRelation } from './build/countedRelation';
import { withCountedNext, withCountedNoun } from './build/countedNext';
import { withExclusiveRelations } from './build/exclusiveRelations';
import { groupByComparison } from './build/comparedDimension';
import {
  earlierGroupRestated,
  earlierRankingCut,
  mergeWithPrevious,
  swapNamedValue,
  earlierShapeKept,
  swapParticipationRelation,
} from './build/followUp';
import { rankNestedNode } from './build/nestedRanking';
import { readMention } from './build/readMention';
import { groupParticipants } from './build/participantGroups';
import { groupPeopleOf } from './build/peopleDimensionGroups';
import { unitedContrastedLinks, withSelectedContrast } from './contrastedValues';
import {
  countedParticipations,
  relationBreakdown,
  relationShown,
  withNextWindow,
  withRelationNoun,
} from './build/reshapeTarget';
import { droppedNegations } from './build/negationAccount';
import { droppedNumbers } from './build/numberAccount';
import { droppedMostWords, unnegatedConditionWords, unusedCompareWords } from './build/unreadWords';
import { readCountEach, unheldZeroDrops } from './countEach';
import { readListPerMember } from './listPerMember';
import { readExclusion } from './exclusions';
import { readGroupThreshold, withGroupThreshold } from './groupThresholds';
import { readShare } from './shareQuestions';
import { withEarlierSet } from './earlierSetShapes';
import { readPassingCount } from './passingCounts';
import { asStatedSize } from './statedSizeAsked';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

/**
 * Builds the request from the mentions: entity nouns become nodes, relation verbs and prepositions link
 * consecutive nodes (people -> companies -> events), modifiers attach to the noun they precede or the
 * nearest fitting node before them; aggregates, superlatives and groupings shape the result.
 *
 * A pipeline over one `BuildState` (`build/`): each mention is read by the handler of its kind
 * (`build/readMention.ts`), then the target is chosen, the graph closed, merged with the previous turn's request,
 * reshaped for the whole question, and given its shape; the words nothing used are kept in `ignored`.
 */
export function buildRequest(scanned: Scan, index: ValueIndex, asOf: string, previous: Request | null): Request | null {
  // "partners vs sponsors? just the partners number": the side picked out is the question
  // "sort by revenue, top 10" after a list: the earlier set shaped
  const pointed = withEarlierSet(scanned, previous);
  const whole = { ...pointed, mentions: withSelectedContrast(pointed.mentions) };
  // "which countries have 3 or more sponsors": the rows the count names grouped, the groups kept by the count
  const threshold = readGroupThreshold(whole);
  const scan = threshold?.scan ?? whole;
  // "events and their exhibitor counts": the list of the head clause, with a count per member
  const passing = readPassingCount(scan, (head) => buildRequest(head, index, asOf, previous));
  if (passing) return passing;
  // "what share of sponsors are from Singapore": how many of the set have the property, of how many, as a percentage
  const share = readShare(scan, (part) => buildRequest(part, index, asOf, previous));
  if (share) return share;
  // "partners at X (not sponsors)", "leaving out those at A, which companies are at B": the main set minus the excluded
  const excluding = readExclusion(
    scan,
    (part, withPrevious) => buildRequest(part, index, asOf, withPrevious ? previous : null),
    previous,
  );
  if (excluding) return excluding;
  const s = createBuildState(scan, index, asOf, previous);
  for (s.k = 0; s.k < s.ms.length; s.k++) readMention(s, s.ms[s.k] as Mention);

  const root = chooseTarget(s);
  if (!root) return null;
  // "people at the company with the most employees": the company ranked inside the question
  rankNestedNode(s, root);
  closeLinks(s, root);
  const swapped = swapNamedValue(s) ?? swapParticipationRelation(s);
  if (swapped) return swapped;
  const merged = mergeWithPrevious(s, root);

  const countedNext = withCountedNext(withCountedNoun(merged.node, s.countedNoun), s.countedNext);
  const exclusive = withExclusiveRelations(countedNext.node, s.exclusiveRelations);
  let node = pivotForPeopleAttributes(s, exclusive.node, merged.attrs);
  node = withRelationNoun(root, node);
  groupByComparison(s, node);
  if (s.contrasted && s.groupDim === 'relation') node = unitedContrastedLinks(node);
  // "compare the sponsors at X with <a name the data lacks>": the unread name is what is asked about, not the
  // "compare" that has one item left to compare
  const unusedCompare = scan.ignored.length > 0 ? [] : unusedCompareWords(s, node);
  node = countedParticipations(s, root, node);
  node = withNextWindow(s, node);
  node = relationBreakdown(s, node);
  const sized = asStatedSize(s, node, shownAttributes(s, node, merged.attrs, root));
  node = sized.node;
  let attributes = sized.attributes;
  // "how old is X": the founding year shown beside the age it gives
  if (s.ageAsked && node.entity === 'companies' && attributes.includes('founded')) attributes = [...attributes, 'age'];
  // "which events is Google involved in and in what role": the company-event rows, which show the relation
  const shownRelation = s.groupDim ? null : relationShown(node, attributes);
  if (shownRelation) {
    node = shownRelation;
    attributes = attributes.filter((a) => a !== 'relation');
  }

  // "just the top 3" after a ranking: the earlier ranking, cut
  // "and in the uk?" after a count: the earlier question's shape, asked of the new values
  const shape = earlierShapeKept(
    s,
    node,
    earlierGroupRestated(s, node, earlierRankingCut(s, node, chooseShape(s, root, node))),
  );
  // "sponsors at each event in 2025": the list broken down by event, before a grouping that counts becomes a count
  // per member
  const read = readCountEach(
    readListPerMember(
      {
        version: 1,
        target: node,
        shape,
        attributes,
        // the days until an event starts are counted from the question's day, which only the request carries
        // and a company's age from its year
        ...(attributes.includes('days_until') || attributes.includes('age') || measuresAge(shape)
          ? { asOf: s.asOf }
          : {}),
        ignored: [
          ...scan.ignored,
          ...unusedCompare,
          ...unnegatedConditionWords(s),
          ...s.unresolved,
          ...countedNext.unread.map((c) => c.label),
          ...exclusive.unread.map(() => 'only'),
        ],
      },
      scan,
    ),
    scan,
  );
  // the shape words that shaped nothing, judged on the final shape ("avg number of X over all events" is a count
  // until the count per event is read)
  const request = {
    ...read,
    ignored: [...read.ignored, ...droppedMostWords(s, read.shape), ...unheldZeroDrops(read, scan)],
  };
  // "the top 3 countries at X": the companies at the named event, grouped; "the job functions of the sponsors":
  // their people, grouped
  // "sponsors somewhere and speakers somewhere else": the second relation's events are other ones
  const grouped = apartLinks(s.ms, groupPeopleOf(groupParticipants(request)));
  // a negation no condition carries would answer the opposite question: asked back (`build/negationAccount.ts`)
  // ... and so would a number no limit, rank or compared value holds (`build/numberAccount.ts`)
  const thresholded0 = threshold ? withGroupThreshold(grouped, threshold) : grouped;
  // "companies that are sponsors at more than one event": the count is of the events they sponsor
  const thresholded = { ...thresholded0, target: countsWithLinkRelation(thresholded0.target) };
  const dropped = [
    // "only the big ones" of what has no stated size: asked about
    ...unheldProFormSizes(scan, thresholded, previous),
    ...droppedNegations(s.ms, thresholded, s.unnegated.length),
    ...droppedNumbers(s.ms, thresholded, scan.tokens),
  ];
  return dropped.length > 0 ? { ...thresholded, ignored: [...thresholded.ignored, ...dropped] } : thresholded;
}
