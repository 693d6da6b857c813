import * as z from 'zod';

// The single source of truth for a post's front matter: validation (post/schema) and the
// generated schemas/post.schema.json. Platform names, schedules and alt text have rules of their
// own (post/unknown-platform, post/schedule-invalid, post/missing-alt-text), so the schema only
// asks for the right kinds of values there.

export const POST_STATUSES = ['draft', 'review', 'approved', 'scheduled', 'published'] as const;

function buildPostSchema() {
  const media = z.strictObject({
    src: z.string().min(1).meta({ description: 'The file or URL of the image or video.' }),
    alt: z.string().optional().meta({ description: 'Alt text describing the image for people who cannot see it. Required for images.' }),
    type: z.enum(['image', 'video', 'gif', 'document']).optional().meta({ description: 'image | video | gif | document (a PDF or slide carousel); guessed from the file name when left out.' }),
  });

  // The front matter of a `*.post.md` file.
  return z
    .strictObject({
      platforms: z
        .array(z.string())
        .min(1)
        .meta({ description: 'Where the post is published: platform ids (x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok) or account names from .copydesk.yaml. Required.' }),
      schedule: z.string().optional().meta({ description: 'When to publish: ISO 8601 with an offset, e.g. 2026-12-01T09:00:00+01:00, or a local time such as 2026-12-01T09:00 read in `timezone:`.' }),
      timezone: z.string().optional().meta({ description: 'The IANA time zone a schedule without an offset is read in, e.g. Europe/Berlin. Default: calendar.timezone in .copydesk.yaml.' }),
      status: z.enum(POST_STATUSES).optional().meta({ description: 'draft | review | approved | scheduled | published' }),
      campaign: z.string().optional().meta({ description: 'The campaign the post belongs to.' }),
      hashtags: z.array(z.string().min(1)).optional().meta({ description: 'Hashtags appended to the copy when published, without #.' }),
      media: z.array(media).optional().meta({ description: 'Images and videos attached to the post.' }),
      link: z.string().optional().meta({ description: 'The link the post promotes.' }),
      sponsored: z.boolean().optional().meta({ description: 'true when the post is paid for or sponsored.' }),
      thread: z
        .union([z.boolean(), z.literal('numbered')])
        .optional()
        .meta({ description: 'On X, Threads, Bluesky and Mastodon, split the copy into a thread of posts that each fit: true, or numbered to end each post with "1/4". Without it, a thread is written by hand: a line of --- between its parts.' }),
    })
    .meta({ title: 'Copydesk social post', description: 'Front matter of a social post (*.post.md) checked by Copydesk.' });
}

let built: ReturnType<typeof buildPostSchema> | undefined;

/** The schema of a post's front matter, built on first use (see jdSchema). */
export function postSchema(): ReturnType<typeof buildPostSchema> {
  return (built ??= buildPostSchema());
}

export type PostFrontMatter = z.infer<ReturnType<typeof buildPostSchema>>;
