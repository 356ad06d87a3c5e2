import { Link } from 'react-router';
import { sanitizeUrl } from '../renderer';
import { Icon, StatusMessage } from '../ui';

export interface ReviewSubmission {
  name: string;
  version: string;
  pullRequestUrl?: string | null;
  reviewNote?: string;
}

/**
 * Shown when the backend proposed the plugin for review instead of publishing it (a real Invenicum backend
 * opens a pull request on its market repository): this is a success, and the link is where it goes on.
 */
export function SubmittedForReview({ submission }: { submission: ReviewSubmission }) {
  const link = sanitizeUrl(submission.pullRequestUrl ?? undefined, { kind: 'link' });
  return (
    <div role="status">
      <StatusMessage
        icon="checkCircle"
        title={`“${submission.name}” ${submission.version} is submitted for review.`}
        action={
          <>
            {link ? (
              <a className="button button--filled" href={link} target="_blank" rel="noopener noreferrer">
                <Icon name="openInNew" /> Open the pull request
              </a>
            ) : null}
            <Link to="/marketplace?state=mine" className="button button--tonal">
              Back to the marketplace
            </Link>
          </>
        }
      >
        <p>
          It appears in the marketplace once a maintainer of the market repository accepts the pull request.
          {submission.reviewNote ? ` ${submission.reviewNote}` : null}
        </p>
      </StatusMessage>
    </div>
  );
}
