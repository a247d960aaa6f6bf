// The story schema carries the privacy rules: names, ages and faces only with recorded consent,
// minors only with a guardian's consent too, victims and suspects by initials, photos beside the file.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { storyFileSchema } from '../../src/schemas/stories.ts';

const CONSENT = { date: '2025-08-25', reference: 'Phiếu đồng ý số 12/2025, lưu tại Công an xã Bình Phước' };

/** A small story that passes; each case below changes one thing. */
const validStory = {
  title: 'Trả lại ví tiền nhặt được cho người đánh rơi',
  summary: 'Anh N.Đ.H., thành viên Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B, trả lại ví cho người đánh rơi.',
  deedDate: '2025-08-20',
  published: '2025-08-28',
  subjects: [{ kind: 'individual', initials: 'N.Đ.H.', role: 'Tổ viên Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B' }],
  locality: 'kien-giang',
};

type Changes = Record<string, unknown>;
/** validStory with its first subject replaced by `subject`. */
const withSubject = (subject: Changes): Changes => ({ subjects: [subject] });
/** A photo that passes: beside the story, with alt and credit, nobody's face. */
const photo = (changes: Changes = {}) => ({ src: './anh-1.jpg', alt: 'Anh H. trao lại chiếc ví tại trụ sở Công an xã', credit: 'Ảnh: Công an xã Bình Phước', use: 'site-only', ...changes });

function issuesOf(changes: Changes): z.core.$ZodIssue[] {
  const result = storyFileSchema.safeParse({ ...validStory, ...changes });
  expect(result.success, 'the story should be rejected').toBe(false);
  return result.error!.issues;
}

/** Exactly one issue, at `path`, whose message contains every fragment. */
function expectOneIssue(changes: Changes, path: PropertyKey[], ...fragments: string[]) {
  const issues = issuesOf(changes);
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  expect(issues[0].path).toEqual(path);
  for (const fragment of fragments) expect(issues[0].message).toContain(fragment);
}

function expectValid(changes: Changes) {
  const result = storyFileSchema.safeParse({ ...validStory, ...changes });
  expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
  return result.data!;
}

describe('storyFileSchema', () => {
  it('accepts the base story used below, with defaults filled in', () => {
    const story = expectValid({});
    expect(story.draft).toBe(false);
    expect(story.photos).toEqual([]);
    expect(story.mentions).toEqual([]);
    expect(story.subjects[0].minor).toBe(false);
    expect(story.subjects[0].consent).toEqual({});
  });

  describe('subjects: names only with consent', () => {
    it('refuses a named individual without consent.name, in Vietnamese, pointing at the consent', () => {
      expectOneIssue(withSubject({ kind: 'individual', name: 'Nguyễn Đức Hòa' }), ['subjects', 0, 'consent', 'name'], 'phiếu đồng ý', 'initials');
    });
    it('refuses a named household without consent.name too', () => {
      expectOneIssue(withSubject({ kind: 'household', name: 'Hộ ông Trần Văn Bảy' }), ['subjects', 0, 'consent', 'name'], 'phiếu đồng ý');
    });
    it('accepts a named individual with consent.name', () => {
      expectValid(withSubject({ kind: 'individual', name: 'Nguyễn Đức Hòa', consent: { name: CONSENT } }));
    });
    it('accepts initials only, without any consent', () => {
      expectValid(withSubject({ kind: 'individual', initials: 'N.Đ.H.' }));
      expectValid(withSubject({ kind: 'individual', initials: 'N. Đ. H.' }));
    });
    it('accepts a collective by name without consent', () => {
      expectValid(withSubject({ kind: 'collective', name: 'Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B' }));
    });
    it('refuses a subject with neither name nor initials', () => {
      expectOneIssue(withSubject({ kind: 'individual', role: 'Tổ viên' }), ['subjects', 0, 'name'], 'Thiếu tên');
    });
    it('refuses initials that are really a name', () => {
      expectOneIssue(withSubject({ kind: 'individual', initials: 'Nguyễn Đức Hòa' }), ['subjects', 0, 'initials'], 'viết hoa, mỗi chữ có dấu chấm');
    });
    it('refuses a story without subjects', () => {
      expectOneIssue({ subjects: [] }, ['subjects'], 'ít nhất một');
    });
  });

  describe('minors', () => {
    it('refuses a named minor with consent.name but no guardian consent', () => {
      expectOneIssue(
        withSubject({ kind: 'individual', name: 'Lê Minh Khang', minor: true, consent: { name: CONSENT } }),
        ['subjects', 0, 'consent', 'guardian'],
        'dưới 16 tuổi',
        'consent.guardian',
      );
    });
    it('accepts a named minor with both consents', () => {
      expectValid(withSubject({ kind: 'individual', name: 'Lê Minh Khang', minor: true, consent: { name: CONSENT, guardian: CONSENT } }));
    });
    it('accepts a minor by initials without any consent', () => {
      expectValid(withSubject({ kind: 'individual', initials: 'L.M.K.', minor: true }));
    });
    it('refuses a minor’s age without guardian consent, even with consent.age', () => {
      expectOneIssue(withSubject({ kind: 'individual', initials: 'L.M.K.', minor: true, age: 13, consent: { age: CONSENT } }), ['subjects', 0, 'consent', 'guardian'], 'consent.guardian');
    });
  });

  describe('age and birth year only with consent.age', () => {
    it('refuses an age without consent.age', () => {
      expectOneIssue(withSubject({ kind: 'individual', initials: 'N.Đ.H.', age: 45 }), ['subjects', 0, 'age'], 'consent.age');
    });
    it('refuses a birth year without consent.age', () => {
      expectOneIssue(withSubject({ kind: 'individual', initials: 'N.Đ.H.', birthYear: 1980 }), ['subjects', 0, 'birthYear'], 'consent.age');
    });
    it('accepts an age with consent.age', () => {
      expectValid(withSubject({ kind: 'individual', initials: 'N.Đ.H.', age: 45, consent: { age: CONSENT } }));
    });
    it('refuses a consent record without its reference', () => {
      const issues = issuesOf(withSubject({ kind: 'individual', name: 'Nguyễn Đức Hòa', consent: { name: { date: '2025-08-25' } } }));
      expect(issues.map((i) => i.path)).toContainEqual(['subjects', 0, 'consent', 'name', 'reference']);
    });
  });

  describe('mentions (victims, suspects) by initials only', () => {
    it('accepts initials', () => {
      expectValid({ mentions: [{ role: 'victim', initials: 'T.V.A.' }, { role: 'suspect', initials: 'L.V.B.' }] });
    });
    it('refuses a full name', () => {
      expectOneIssue({ mentions: [{ role: 'victim', initials: 'Trần Văn An' }] }, ['mentions', 0, 'initials'], 'tên viết tắt');
    });
    it('refuses a name field', () => {
      const issues = issuesOf({ mentions: [{ role: 'suspect', initials: 'L.V.B.', name: 'Lê Văn Bình' }] });
      expect(issues).toHaveLength(1);
      expect(issues[0].code).toBe('unrecognized_keys');
    });
  });

  describe('photos', () => {
    it('accepts a photo beside the file that shows nobody', () => {
      const story = expectValid({ photos: [photo()] });
      expect(story.photos[0].shows).toEqual([]);
    });
    it('refuses a photo that shows a subject without photo consent', () => {
      expectOneIssue({ photos: [photo({ shows: [0] })] }, ['photos', 0, 'shows', 0], 'phiếu đồng ý dùng ảnh', 'consent.photo');
    });
    it('accepts a photo that shows a subject with photo consent', () => {
      expectValid({ ...withSubject({ kind: 'individual', initials: 'N.Đ.H.', consent: { photo: CONSENT } }), photos: [photo({ shows: [0] })] });
    });
    it('accepts a photo that shows a collective', () => {
      expectValid({ ...withSubject({ kind: 'collective', name: 'Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B' }), photos: [photo({ shows: [0] })] });
    });
    it('refuses a photo showing a minor with photo consent but no guardian consent', () => {
      expectOneIssue(
        { ...withSubject({ kind: 'individual', initials: 'L.M.K.', minor: true, consent: { photo: CONSENT } }), photos: [photo({ shows: [0] })] },
        ['photos', 0, 'shows', 0],
        'dưới 16 tuổi',
      );
    });
    it('refuses a shows index with no such subject', () => {
      expectOneIssue({ photos: [photo({ shows: [3] })] }, ['photos', 0, 'shows', 0], 'Không có người thứ 3');
    });
    it('refuses a photo under public/ ("/uploads/a.jpg"), saying why', () => {
      expectOneIssue({ photos: [photo({ src: '/uploads/a.jpg' })] }, ['photos', 0, 'src'], 'public/', 'GPS');
    });
    it('refuses a photo given by URL', () => {
      expectOneIssue({ photos: [photo({ src: 'https://example.com/a.jpg' })] }, ['photos', 0, 'src'], './anh-1.jpg');
    });
    it('refuses a photo without alt text', () => {
      const { alt: _, ...noAlt } = photo();
      expectOneIssue({ photos: [noAlt] }, ['photos', 0, 'alt'], 'Thiếu mô tả ảnh (alt)');
    });
    it('refuses an empty alt text', () => {
      expectOneIssue({ photos: [photo({ alt: '  ' })] }, ['photos', 0, 'alt'], 'để trống');
    });
    it('refuses a photo without credit', () => {
      const { credit: _, ...noCredit } = photo();
      expectOneIssue({ photos: [noCredit] }, ['photos', 0, 'credit'], 'nguồn ảnh');
    });
    it('refuses an unknown use', () => {
      expectOneIssue({ photos: [photo({ use: 'public' })] }, ['photos', 0, 'use'], 'site-only');
    });
  });

  describe('dates and publication', () => {
    it('refuses an update before publication', () => {
      expectOneIssue({ updated: '2025-08-27' }, ['updated'], 'Ngày cập nhật đứng trước ngày đăng');
    });
    it('accepts an update on the day of publication or later', () => {
      expectValid({ updated: '2025-08-28' });
      expectValid({ updated: '2025-09-03' });
    });
    it('accepts publishAt as a day or a date-time with zone', () => {
      expect(expectValid({ publishAt: '2025-09-01' }).publishAt).toBe('2025-09-01');
      expect(expectValid({ publishAt: '2025-09-01T07:00:00+07:00' }).publishAt).toBe('2025-09-01T07:00:00+07:00');
      expectValid({ publishAt: '2025-09-01T07:00Z' });
    });
    it('refuses publishAt without a zone', () => {
      expectOneIssue({ publishAt: '2025-09-01T07:00:00' }, ['publishAt'], 'publishAt');
    });
    it('accepts draft true', () => {
      expect(expectValid({ draft: true }).draft).toBe(true);
    });
    it('refuses a partial published day', () => {
      expectOneIssue({ published: '2025-08' }, ['published'], 'ngày đầy đủ');
    });
  });

  describe('campaign, phase, content', () => {
    it('refuses a phase without a campaign', () => {
      expectOneIssue({ phase: 'dot-1' }, ['phase'], 'chưa ghi phong trào (campaign)');
    });
    it('refuses a content without a campaign', () => {
      expectOneIssue({ content: 'hinh-anh-dep' }, ['content'], 'chưa ghi phong trào (campaign)');
    });
    it('accepts a phase with its campaign', () => {
      expectValid({ campaign: 'thi-dua-mau', phase: 'dot-2' });
    });
  });

  it('refuses an unknown key', () => {
    const issues = issuesOf({ phone: '0912 345 678' });
    expect(issues).toHaveLength(1);
    expect(issues[0].code).toBe('unrecognized_keys');
  });
});
