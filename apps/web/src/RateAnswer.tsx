import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { errorText } from './errorText';
import { useTRPC } from './trpc';

type Rating = 'up' | 'down';

/**
 * Thumbs up or down on an answer, then an optional comment (`message.rate`; rating again replaces
 * the earlier rating). An up-rated answer becomes a verified example the engine reuses.
 */
export function RateAnswer({ messageId }: { messageId: string }) {
  const trpc = useTRPC();
  const commentId = useId();
  const [rated, setRated] = useState<{ rating: Rating; comment: string | null } | null>(null);
  const [comment, setComment] = useState('');
  const rate = useMutation(
    trpc.message.rate.mutationOptions({
      onSuccess: ({ rating }) => setRated({ rating: rating.rating, comment: rating.comment }),
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
            {rated.rating === 'up'
              ? 'Thanks: kept as a verified example for similar questions.'
              : 'Thanks: an admin will see this.'}
            {rated.comment ? ' Comment saved.' : ''}
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
