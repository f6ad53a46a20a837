import { openSqlite } from '@musaeid/db';

/** What a database file says about its chats after a test: integrity, lost and duplicated messages, order. */
export interface DatabaseAudit {
  integrity: string;
  foreignKeyViolations: number;
  chats: number;
  questions: number;
  answers: number;
  /** Questions with no assistant answer (a question without an outcome). */
  unanswered: { id: string; chatId: string; seq: number; clientMessageId: string | null }[];
  /** Answer placeholders still `pending` (the server's in-flight marker): no outcome recorded yet. */
  pending: { id: string; chatId: string; replyToId: string | null }[];
  /** Answers stored before their question, or in another chat. */
  misplacedAnswers: { id: string; chatId: string }[];
  /** client_message_id values stored more than once. */
  duplicateClientIds: { clientMessageId: string; n: number }[];
  /** Chats whose timeline, in seq order, is not: greeting, then (question, answer)*. */
  outOfOrderChats: string[];
  /** client_message_id -> where its question and answer are stored. */
  byClientId: Map<
    string,
    {
      chatId: string;
      questionId: string;
      questionSeq: number;
      answerId: string | null;
      answerSeq: number | null;
      status: string | null;
    }
  >;
  chatIds: Set<string>;
}

interface MessageRow {
  id: string;
  chat_id: string;
  seq: number;
  role: string;
  kind: string;
  client_message_id: string | null;
  reply_to_id: string | null;
  status: string | null;
}

/** Opens the file read-only (after the server is gone) and audits every chat's timeline. */
export function auditDatabase(file: string): DatabaseAudit {
  const db = openSqlite(file, { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    const rows = db
      .prepare(
        `SELECT "id", "chat_id", "seq", "role", "kind", "client_message_id", "reply_to_id", "status"
         FROM "messages" ORDER BY "chat_id", "seq"`,
      )
      .all() as MessageRow[];
    const chatIds = new Set(db.prepare('SELECT "id" FROM "chats"').pluck().all() as string[]);
    const chats = chatIds.size;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const answerOf = new Map<string, MessageRow>();
    for (const r of rows) if (r.reply_to_id !== null) answerOf.set(r.reply_to_id, r);

    const unanswered: DatabaseAudit['unanswered'] = [];
    const misplacedAnswers: DatabaseAudit['misplacedAnswers'] = [];
    const pending: DatabaseAudit['pending'] = [];
    const clientCounts = new Map<string, number>();
    const byClientId: DatabaseAudit['byClientId'] = new Map();
    for (const r of rows) {
      if (r.kind === 'question') {
        const a = answerOf.get(r.id);
        if (a === undefined)
          unanswered.push({ id: r.id, chatId: r.chat_id, seq: r.seq, clientMessageId: r.client_message_id });
        if (r.client_message_id !== null) {
          clientCounts.set(r.client_message_id, (clientCounts.get(r.client_message_id) ?? 0) + 1);
          byClientId.set(r.client_message_id, {
            chatId: r.chat_id,
            questionId: r.id,
            questionSeq: r.seq,
            answerId: a?.id ?? null,
            answerSeq: a?.seq ?? null,
            status: a?.status ?? null,
          });
        }
      }
      if (r.kind === 'answer' && r.status === 'pending')
        pending.push({ id: r.id, chatId: r.chat_id, replyToId: r.reply_to_id });
      if (r.kind === 'answer') {
        const q = r.reply_to_id === null ? undefined : byId.get(r.reply_to_id);
        if (q === undefined || q.chat_id !== r.chat_id || q.seq >= r.seq)
          misplacedAnswers.push({ id: r.id, chatId: r.chat_id });
      }
    }
    const duplicateClientIds = [...clientCounts]
      .filter(([, n]) => n > 1)
      .map(([clientMessageId, n]) => ({ clientMessageId, n }));

    const outOfOrderChats: string[] = [];
    let current: MessageRow[] = [];
    const checkChat = (timeline: MessageRow[]): void => {
      const first = timeline[0];
      if (first === undefined) return;
      let ok = first.kind === 'greeting' && first.seq === 0;
      for (let i = 1; ok && i < timeline.length; i += 1) {
        const prev = timeline[i - 1] as MessageRow;
        const m = timeline[i] as MessageRow;
        if (m.seq <= prev.seq) ok = false;
        else if (m.kind === 'greeting') ok = false;
        else if (m.kind === 'question' && prev.kind === 'question') ok = false;
        else if (m.kind === 'answer' && (prev.kind !== 'question' || m.reply_to_id !== prev.id)) ok = false;
      }
      if (!ok) outOfOrderChats.push(first.chat_id);
    };
    for (const r of rows) {
      if (current.length > 0 && current[0]?.chat_id !== r.chat_id) {
        checkChat(current);
        current = [];
      }
      current.push(r);
    }
    checkChat(current);

    return {
      integrity,
      foreignKeyViolations,
      chats,
      questions: rows.filter((r) => r.kind === 'question').length,
      answers: rows.filter((r) => r.kind === 'answer').length,
      unanswered,
      pending,
      misplacedAnswers,
      duplicateClientIds,
      outOfOrderChats,
      byClientId,
      chatIds,
    };
  } finally {
    db.close();
  }
}
