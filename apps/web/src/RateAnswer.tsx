import type { MessageDto } from '@musaeid/server';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { errorText } from './errorText';
import { useTRPC } from './trpc';

type Rating = 'up' | 'down';

/**
 * Thumbs up or down on an answer, then an optional comment (`message.rate`; rating again replaces
 * the earlier rating). An up-rated answer becomes a verified example the engine reuses.
 */
export function RateAnswer({ messageId, stored }: { messageId: string; stored: MessageDto['rating'] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const commentId = useId();
  // Starts from the rating stored with the message, so a reload shows what the user said.
  const [rated, setRated] = useState<{ rating: Rating; comment: string | null } | null>(
    stored ? { rating: stored.rating, comment: stored.comment } : null,
  );
  const [comment, setComment] = useState('');
  /** Rated in this page (a thank-you), rather than read back from the server (a reminder). */
  const [fresh, setFresh] = useState(false);
  const rate = useMutation(
    trpc.message.rate.mutationOptions({
      onSuccess: ({ rating }) => {
        setRated({ rating: rating.rating, comment: rating.comment });
        setFresh(true);
        // The cached timeline carries ratings too: refresh it, so leaving and reopening the chat shows this one.
        return queryClient.invalidateQueries({ queryKey: trpc.chat.get.pathKey() });
      },
    }),
  );

  const send = (rating: Rating, withComment?: string) =>
    rate.mutate({ messageId, rating, ...(withComment ? { comment: withComment } : {}) });
  const submitComment = (e: FormEvent) => {
    e.preventDefault();
    if (rated && comment.trim()) send(rated.rating, comment.trim());
  };

  return (
    <div className="rate">
      <div className="row" role="group" aria-label="Rate this answer">
        <button
          type="button"
          aria-pressed={rated?.rating === 'up'}
          disabled={rate.isPending}
          onClick={() => send('up', rated?.comment ?? undefined)}
        >
          <span aria-hidden="true">✓</span> Good answer
        </button>
        <button
          type="button"
          aria-pressed={rated?.rating === 'down'}
          disabled={rate.isPending}
          onClick={() => send('down', rated?.comment ?? undefined)}
        >
          <span aria-hidden="true">✗</span> Wrong answer
        </button>
        {rated && (
          <span className="muted small" role="status">
            {!fresh
              ? `You rated this answer ${rated.rating === 'up' ? 'good' : 'wrong'}${rated.comment ? `: “${rated.comment}”` : '.'}`
              : rated.rating === 'up'
                ? 'Thanks: kept as a verified example for similar questions.'
                : 'Thanks: an admin will see this.'}
            {fresh && rated.comment ? ' Comment saved.' : ''}
          </span>
        )}
      </div>
      {rated && !rated.comment && (
        <form className="row" onSubmit={submitComment}>
          <label htmlFor={commentId} className="sr-only">
            Comment on this answer (optional)
          </label>
          <input
            id={commentId}
            className="grow"
            placeholder={rated.rating === 'down' ? 'What was wrong? (optional)' : 'Comment (optional)'}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <button type="submit" disabled={rate.isPending || comment.trim() === ''}>
            Send comment
          </button>
        </form>
      )}
      {rate.error && (
        <p className="error" role="alert">
          {errorText(rate.error)}
        </p>
      )}
    </div>
  );
}
