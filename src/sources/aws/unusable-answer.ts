/**
 * A collector's own finding that an answer AWS gave cannot be used (a policy that is not JSON, an
 * empty credential report). Its words become the gap's as they are: they must never be mistaken
 * for a parser choking on a foreign body, which they would read like.
 */
export class UnusableAnswerError extends Error {
  override readonly name = 'UnusableAnswer';
}
