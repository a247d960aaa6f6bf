/**
 * Vietnamese labels and hints for every field the CMS shows, keyed by collection and field path
 * (list items have no index: `subjects.consent.name.date`). The texts restate, for editors, the
 * JSDoc written on each field in src/schemas/*.ts; a unit test fails when a schema field has no
 * entry here or an entry names a field that no longer exists, so the table cannot drift.
 *
 * Kept here rather than as `.meta()` on the schemas: the schemas stay the single source of rules
 * and messages, and editing ~150 fields there for UI wording would be invasive.
 */

export interface FieldText {
  /** Label shown above the input. */
  label: string;
  /** Help text shown under the input (plain words; limited Markdown). */
  hint: string;
  /** Several lines of text: a text area instead of a one-line input. */
  multiline?: boolean;
}

export interface CollectionText {
  label: string;
  label_singular: string;
  description: string;
}

export type CollectionName =
  | 'stories'
  | 'stories-mdx'
  | 'plans'
  | 'campaigns'
  | 'honors'
  | 'models'
  | 'settings'
  | 'localities'
  | 'award-forms';

const t = (label: string, hint: string, multiline = false): FieldText => (multiline ? { label, hint, multiline } : { label, hint });

/** Prefixes every key of a shared sub-table with `prefix.`. */
function under(prefix: string, table: Record<string, FieldText>): Record<string, FieldText> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}.${k}`, v]));
}

const DATE_HINT = 'Viết dạng 2024-08-20. Nếu bản gốc để trống ngày thì viết 2023-12, để trống cả tháng thì viết 2023';

const consentRecord = (what: string) => ({
  '': t(`Phiếu đồng ý ${what}`, `Chỉ điền khi đã có phiếu đồng ý ${what} đã ký. Phiếu được kiểm tra nhưng không bao giờ hiện trên trang`),
  date: t('Ngày ký', 'Ngày người đó ký phiếu đồng ý'),
  reference: t('Số hoặc nơi lưu phiếu', 'Ví dụ: Phiếu đồng ý số 12/2025, lưu tại Công an xã Bình Phước'),
});

const consentTable = (prefix: string) => ({
  ...Object.fromEntries(Object.entries(consentRecord('công khai họ tên')).map(([k, v]) => [k ? `${prefix}.name.${k}` : `${prefix}.name`, v])),
  ...Object.fromEntries(Object.entries(consentRecord('ghi tuổi, năm sinh')).map(([k, v]) => [k ? `${prefix}.age.${k}` : `${prefix}.age`, v])),
  ...Object.fromEntries(Object.entries(consentRecord('dùng ảnh có mặt người này')).map(([k, v]) => [k ? `${prefix}.photo.${k}` : `${prefix}.photo`, v])),
  ...Object.fromEntries(Object.entries(consentRecord('của cha, mẹ hoặc người giám hộ')).map(([k, v]) => [k ? `${prefix}.guardian.${k}` : `${prefix}.guardian`, v])),
});

/** Publication fields every published collection shares (src/schemas/publication.ts). */
const PUBLICATION: Record<string, FieldText> = {
  state: t('Trạng thái đăng', 'Để trống là đang đăng. "Rút lại": trang vẫn còn, có thông báo ngày và lý do, nhưng không còn trong danh sách, tìm kiếm, nguồn tin. "Gỡ bỏ hẳn": mất khỏi mọi nơi (dùng khi gỡ thông tin cá nhân)'),
  withdrawn: t('Thông tin rút lại', 'Bắt buộc khi trạng thái là "Rút lại": ngày và lý do hiện trên trang'),
  'withdrawn.date': t('Ngày rút lại', 'Ngày rút bài'),
  'withdrawn.reason': t('Lý do rút lại', 'Lý do người đọc sẽ thấy, ví dụ: Đã có bài viết cập nhật thay thế'),
  gone: t('Thông tin gỡ bỏ', 'Chỉ dùng khi trạng thái là "Gỡ bỏ hẳn"; có thể để trống'),
  'gone.date': t('Ngày gỡ bỏ', 'Ngày gỡ'),
  'gone.reason': t('Lý do gỡ bỏ', 'Hiện trên thông báo gỡ bỏ; để trống khi ngay cả lý do cũng không được công khai'),
  publishAt: t('Hẹn giờ đăng', 'Chỉ hiện từ thời điểm này. Viết 2025-09-01 hoặc 2025-09-01T07:00:00+07:00'),
  expiresAt: t('Hết hạn đăng', 'Từ thời điểm này mục bị gỡ khỏi mọi nơi. Viết 2025-09-01 hoặc 2025-09-01T07:00:00+07:00'),
  redirectFrom: t('Đường dẫn cũ', 'Các địa chỉ cũ của trang này trên trang web, mỗi dòng một địa chỉ dạng /nguoi-tot-viec-tot/ten-cu/; địa chỉ cũ sẽ tự chuyển về đây'),
};

const STORY_FIELDS: Record<string, FieldText> = {
  title: t('Tiêu đề', 'Tên bài, ngắn gọn, nói ai làm việc tốt gì'),
  summary: t('Tóm tắt (sapo)', 'Một hai câu nói ai làm gì, ở đâu. Hiện ở danh sách bài và kết quả tìm kiếm', true),
  deedDate: t('Ngày xảy ra việc tốt', `${DATE_HINT}. Ngày này phải nằm trong đợt thi đua (nếu có chọn đợt)`),
  published: t('Ngày đăng', 'Ngày bài được đăng lần đầu trên trang này'),
  updated: t('Ngày cập nhật', 'Chỉ điền khi sửa nội dung đáng kể; không được trước ngày đăng'),
  draft: t('Bản nháp', 'Bật khi bài chưa xong: bài nháp không xuất hiện ở bất cứ đâu trên trang'),
  ...PUBLICATION,
  subjects: t('Người, tập thể làm việc tốt', 'Theo thứ tự bài nhắc tới. Người dân chỉ ghi họ tên khi đã có phiếu đồng ý; nếu chưa có, ghi tên viết tắt'),
  'subjects.kind': t('Loại', 'Cá nhân, tập thể hay hộ gia đình'),
  'subjects.name': t('Họ tên', 'Với cá nhân, hộ gia đình: chỉ ghi khi đã có phiếu đồng ý công khai họ tên (mục Phiếu đồng ý bên dưới). Nếu chưa có, để trống và ghi tên viết tắt'),
  'subjects.initials': t('Tên viết tắt', 'Viết hoa, mỗi chữ có dấu chấm, ví dụ N.Đ.H. Dùng khi chưa có phiếu đồng ý công khai họ tên'),
  'subjects.role': t('Vai trò, chức danh', 'Ví dụ: Tổ trưởng Tổ bảo vệ an ninh, trật tự ấp Bình Tịnh B'),
  'subjects.unit': t('Đơn vị', 'Cơ quan, tổ chức của người này (nếu có)'),
  'subjects.age': t('Tuổi', 'Tuổi lúc làm việc tốt. Chỉ ghi khi có phiếu đồng ý ghi tuổi'),
  'subjects.birthYear': t('Năm sinh', 'Chỉ ghi khi có phiếu đồng ý ghi tuổi, năm sinh'),
  'subjects.minor': t('Dưới 16 tuổi', 'Bật nếu người này dưới 16 tuổi: cần thêm phiếu đồng ý của cha, mẹ hoặc người giám hộ để nêu tên, tuổi hay ảnh có mặt'),
  'subjects.consent': t('Phiếu đồng ý', 'Các phiếu đồng ý đã ký. Được kiểm tra nhưng không bao giờ hiện trên trang'),
  ...consentTable('subjects.consent'),
  mentions: t('Người liên quan (nạn nhân, đối tượng)', 'Người được nhắc tới nhưng không được khen: chỉ ghi tên viết tắt'),
  'mentions.role': t('Vai trò', 'Nạn nhân, đối tượng hay người liên quan khác'),
  'mentions.initials': t('Tên viết tắt', 'Chỉ tên viết tắt, ví dụ T.V.A.'),
  locality: t('Địa bàn', 'Nơi xảy ra việc, theo tên địa bàn vào ngày đó (trang tự ghi thêm "nay thuộc …")'),
  campaign: t('Phong trào', 'Phong trào thi đua mà việc tốt thuộc về (nếu có)'),
  phase: t('Đợt thi đua', 'Đợt của phong trào đã chọn; ngày xảy ra việc tốt phải nằm trong đợt'),
  content: t('Nội dung thi đua', 'Nội dung thi đua của phong trào đã chọn, ví dụ "Hình ảnh đẹp"'),
  photos: t('Ảnh', 'Ảnh đặt cạnh bài (cùng thư mục). Trang tự xóa thông tin GPS trong ảnh. Ảnh quá 15 MB hoặc quá 8000 px bị từ chối'),
  'photos.src': t('Tệp ảnh', 'Chọn hoặc tải ảnh lên; ảnh được lưu cạnh bài với tên viết thường, không dấu'),
  'photos.alt': t('Mô tả ảnh', 'Ảnh cho thấy gì, cho người không xem được ảnh'),
  'photos.caption': t('Chú thích', 'Dòng chữ hiện dưới ảnh (nếu cần)'),
  'photos.credit': t('Nguồn ảnh', 'Ai chụp hoặc ảnh lấy từ đâu, ví dụ: Ảnh: Công an xã Bình Phước'),
  'photos.use': t('Phạm vi dùng ảnh', 'Báo chí được đăng lại, hay chỉ dùng trên trang này'),
  'photos.gps': t('Ảnh còn tọa độ GPS', 'Chỉ chọn khi ảnh chụp ở nơi công cộng (trụ sở xã, lễ trao thưởng) và tọa độ không làm lộ nơi ở của ai; trang vẫn tự xóa tọa độ'),
  'photos.shows': t('Ảnh có mặt người số', 'Số thứ tự (đếm từ 0) trong danh sách người làm việc tốt của những người nhìn thấy mặt trong ảnh; người đó cần phiếu đồng ý dùng ảnh'),
  source: t('Bài báo gốc', 'Bài báo mà câu chuyện kể lại; trang sẽ ghi "Theo …" kèm liên kết'),
  'source.outlet': t('Tên báo', 'Ví dụ: Báo Tiền Phong'),
  'source.url': t('Địa chỉ bài báo', 'Địa chỉ web đầy đủ, bắt đầu bằng https://'),
  'source.author': t('Tác giả', 'Khi báo có ghi tên tác giả'),
  'source.published': t('Ngày đăng bài báo', DATE_HINT),
  recognition: t('Ghi nhận, khen thưởng', 'Khen thưởng mà người, tập thể nhận được sau việc tốt'),
  'recognition.text': t('Hình thức ghi nhận', 'Như bài báo nêu, ví dụ: Giấy khen của Giám đốc Công an tỉnh'),
  'recognition.by': t('Cơ quan, người khen thưởng', 'Ai quyết định hoặc trao tặng'),
  'recognition.date': t('Ngày khen thưởng', DATE_HINT),
  'recognition.honor': t('Quyết định khen thưởng', 'Quyết định trong mục Quyết định khen thưởng, khi đã có'),
  corrections: t('Đính chính', 'Các lần đính chính, cũ nhất trước'),
  'corrections.date': t('Ngày đính chính', 'Ngày sửa nội dung'),
  'corrections.text': t('Nội dung đính chính', 'Đã sửa gì', true),
  tags: t('Nhãn', 'Mỗi nhãn một dòng, ví dụ: trả lại của rơi'),
  body: t('Nội dung bài', 'Toàn văn câu chuyện. Không ghi số điện thoại, số CCCD, email cá nhân; nạn nhân, đối tượng chỉ ghi tên viết tắt'),
};

const bodyTable = (what: string) => ({
  '': t(what, 'Tên đầy đủ và các dòng như in trên văn bản'),
  name: t('Tên đầy đủ', 'Viết thường như bình thường, ví dụ: Ban Chỉ đạo phòng, chống tội phạm … tỉnh Kiên Giang'),
  printed: t('Các dòng như trên văn bản', 'Mỗi dòng một mục, chữ in hoa như bản gốc, ví dụ: BAN CHỈ ĐẠO PCTP, TNXH VÀ'),
});

const prefixed = (prefix: string, table: Record<string, FieldText>) =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k ? `${prefix}.${k}` : prefix, v]));

const SIGNER = {
  '': t('Người ký', 'Khối chữ ký; bỏ trống khi bản sao không có và ghi rõ trong ghi chú nguồn'),
  authority: t('Thẩm quyền ký', 'TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền)'),
  titleLines: t('Các dòng chức vụ', 'Mỗi dòng một mục, theo thứ tự trên văn bản; dòng đầu đi sau chữ thẩm quyền. Ví dụ: TRƯỞNG BAN'),
  rank: t('Cấp bậc', 'Cấp bậc ghi trước tên trong văn bản công an, quân đội, ví dụ: Đại tá'),
  name: t('Họ tên người ký', 'Như trên văn bản'),
};

const DOCUMENT_REF = {
  type: t('Loại văn bản', 'Ví dụ: Kế hoạch, Quyết định'),
  number: t('Số, ký hiệu', 'Như văn bản ghi, ví dụ: 399/KH-BCA-X03'),
  date: t('Ngày ban hành', DATE_HINT),
  issuer: t('Cơ quan ban hành', 'Ví dụ: Bộ Công an'),
  title: t('Trích yếu', 'Khi văn bản dẫn có nêu', true),
  plan: t('Kế hoạch trên trang', 'Chọn khi trang có đăng văn bản này'),
};

const TARGET = {
  text: t('Nội dung chỉ tiêu', 'Như văn bản viết, ví dụ: 80% nguồn tin do Nhân dân cung cấp …', true),
  value: t('Con số', 'Số trong chỉ tiêu, nếu có (80 cho "80%")'),
  unit: t('Đơn vị', 'Đơn vị của con số: % hoặc một từ đếm như "mô hình"'),
};

const CONTENT = {
  number: t('Số thứ tự', 'Như văn bản, ví dụ 4.1'),
  id: t('Mã nội dung', 'Mã ổn định dùng trong đường dẫn và trong bài: viết thường, không dấu, nối bằng "-", ví dụ ho-tro-nam-tinh-hinh'),
  title: t('Tên nội dung thi đua', 'Như văn bản viết'),
  description: t('Mô tả', 'Đoạn văn giải thích nội dung thi đua', true),
  targets: t('Chỉ tiêu', 'Các chỉ tiêu của nội dung này'),
  ...under('targets', TARGET),
};

const PERIOD = (what: string) => ({
  '': t(what, 'Ngày bắt đầu và (nếu có) ngày kết thúc'),
  from: t('Từ ngày', DATE_HINT),
  to: t('Đến ngày', `${DATE_HINT}. Bỏ trống khi chưa kết thúc`),
});

const PLAN_FIELDS: Record<string, FieldText> = {
  number: t('Số, ký hiệu', 'Như "350/KH-BCĐ". Nếu bản gốc để trống số hoặc không đọc được, chọn trạng thái tương ứng và ghi ký hiệu'),
  type: t('Loại văn bản', 'Mã loại theo Nghị định 30/2020, ví dụ KH (Kế hoạch); phải khớp ký hiệu'),
  ...prefixed('issuer', bodyTable('Cơ quan ban hành')),
  ...prefixed('parentBody', bodyTable('Cơ quan chủ quản')),
  place: t('Địa danh', 'Địa danh ở dòng ngày tháng, như viết lúc đó, ví dụ: Kiên Giang'),
  locality: t('Địa bàn', 'Địa bàn kế hoạch áp dụng'),
  issued: t('Ngày ban hành', DATE_HINT),
  title: t('Trích yếu', 'Dòng dưới tên loại văn bản', true),
  summary: t('Tóm tắt', 'Một hai câu cho danh sách và kết quả tìm kiếm', true),
  basis: t('Căn cứ', 'Các văn bản kế hoạch thực hiện hoặc viện dẫn'),
  ...under('basis', DOCUMENT_REF),
  campaign: t('Phong trào', 'Phong trào kế hoạch phát động hoặc thực hiện'),
  ...prefixed('period', PERIOD('Thời gian thực hiện')),
  phases: t('Các đợt thi đua', 'Các đợt của phong trào mà kế hoạch nhắc lại'),
  targets: t('Chỉ tiêu chung', 'Các chỉ tiêu chung của kế hoạch'),
  ...under('targets', TARGET),
  contents: t('Nội dung thi đua riêng', 'Chỉ điền khi kế hoạch có nội dung thi đua riêng; nếu không, dùng nội dung của phong trào'),
  ...under('contents', CONTENT),
  participants: t('Đối tượng tham gia', 'Mỗi đối tượng một dòng'),
  awards: t('Hình thức khen thưởng', 'Các hình thức khen thưởng kế hoạch dự kiến, kèm số lượng'),
  'awards.form': t('Hình thức', 'Chọn trong danh mục Hình thức khen thưởng; phải còn được tặng vào ngày ban hành'),
  'awards.text': t('Nội dung như kế hoạch viết', 'Chép nguyên câu trong kế hoạch', true),
  'awards.max': t('Tối đa', 'Số lượng tối đa, ví dụ 15 Bằng khen'),
  'awards.count': t('Số lượng', 'Số lượng cố định, ví dụ 02 Cờ thi đua'),
  assignments: t('Phân công', 'Các cơ quan được giao nhiệm vụ'),
  'assignments.agency': t('Cơ quan', 'Ví dụ: Sở Thông tin và Truyền thông'),
  'assignments.duties': t('Nhiệm vụ', 'Mỗi nhiệm vụ một mục, như văn bản viết'),
  deadlines: t('Hạn báo cáo', 'Các mốc phải báo cáo'),
  'deadlines.what': t('Nội dung báo cáo', 'Báo cáo gì, gửi ai'),
  'deadlines.date': t('Hạn (một lần)', DATE_HINT),
  'deadlines.yearly': t('Hạn hằng năm', 'Viết "MM-DD", ví dụ 12-15 cho "trước ngày 15/12 hằng năm"'),
  ...prefixed('signer', SIGNER),
  recipients: t('Nơi nhận', 'Mỗi dòng một mục, như in trên văn bản'),
  source: t('Nguồn văn bản', 'Văn bản trên trang lấy từ đâu'),
  'source.kind': t('Loại nguồn', 'Bản gốc, bản quét nhận dạng chữ (OCR) hay bài báo'),
  'source.file': t('Tên tệp nguồn', 'Tên tệp bản sao đã chép'),
  'source.outlet': t('Tên báo', 'Với nguồn là bài báo'),
  'source.author': t('Tác giả', 'Bắt buộc khi nguồn là bài báo, để ghi công đúng'),
  'source.url': t('Địa chỉ nguồn', 'Địa chỉ web đầy đủ, bắt đầu bằng https://'),
  'source.published': t('Ngày đăng', DATE_HINT),
  'source.notes': t('Ghi chú về nguồn', 'Những gì đã bỏ, khôi phục hoặc không đọc được; mỗi ghi chú một mục'),
  textStatus: t('Mức đầy đủ của toàn văn', 'Toàn văn, khôi phục từ bản OCR, hay chỉ là bài tóm tắt (khi đó nguồn phải là bài báo)'),
  body: t('Toàn văn', 'Mục lớn viết "## I. …", mục nhỏ "### 1. …", gạch đầu dòng "- …"'),
  ...PUBLICATION,
};

const CAMPAIGN_FIELDS: Record<string, FieldText> = {
  name: t('Tên phong trào', 'Tên đầy đủ'),
  shortName: t('Tên ngắn', 'Dùng trong danh sách và đường dẫn phân cấp'),
  theme: t('Chủ đề xuyên suốt', 'Chép nguyên văn', true),
  summary: t('Tóm tắt', 'Một hai câu cho danh sách và trang chủ', true),
  scope: t('Phạm vi', 'Phong trào toàn quốc hay cấp tỉnh'),
  ...prefixed('launchedBy', { '': t('Văn bản phát động', 'Văn bản đã phát động phong trào'), ...DOCUMENT_REF }),
  ...prefixed('period', PERIOD('Thời gian phong trào')),
  participants: t('Đối tượng tham gia', 'Mỗi đối tượng một dòng'),
  phases: t('Các đợt thi đua', 'Theo thứ tự thời gian; mỗi đợt nằm trong thời gian phong trào'),
  'phases.id': t('Mã đợt', 'Viết thường, không dấu, nối bằng "-", ví dụ dot-1'),
  'phases.name': t('Tên đợt', 'Ví dụ: Đợt 1'),
  ...prefixed('phases.period', PERIOD('Thời gian của đợt')),
  'phases.theme': t('Chủ đề của đợt', 'Chép nguyên văn', true),
  'phases.salutes': t('Chào mừng các ngày kỷ niệm', 'Các ngày kỷ niệm đợt thi đua hướng tới'),
  'phases.salutes.name': t('Tên ngày kỷ niệm', 'Như văn bản viết, ví dụ: 95 năm Ngày thành lập Đảng Cộng sản Việt Nam'),
  'phases.salutes.date': t('Ngày kỷ niệm', DATE_HINT),
  contents: t('Nội dung thi đua', 'Các nội dung thi đua được đánh số'),
  ...under('contents', CONTENT),
  sources: t('Nguồn', 'Các nguồn của thông tin trên; mỗi nguồn một mục'),
  body: t('Giới thiệu', 'Nội dung trang phong trào'),
  ...PUBLICATION,
};

const HONOR_FIELDS: Record<string, FieldText> = {
  number: t('Số quyết định', 'Như "123/QĐ-CAT". Nếu chỉ biết qua báo, chọn "Chưa biết số" và ghi nguồn bài báo bên dưới'),
  date: t('Ngày quyết định', `${DATE_HINT}. Khi chỉ biết ngày trao tặng qua báo, ghi ngày đó`),
  authority: t('Người có thẩm quyền', 'Chức danh quyết định, phải thuộc hình thức khen thưởng đã chọn'),
  locality: t('Địa bàn của cơ quan khen thưởng', 'Tỉnh hoặc xã của người có thẩm quyền, theo tên vào ngày quyết định'),
  body: t('Cơ quan ra quyết định', 'Tên đầy đủ như báo hoặc quyết định ghi, ví dụ: Công an tỉnh Bà Rịa - Vũng Tàu'),
  ...prefixed('signer', SIGNER),
  form: t('Hình thức khen thưởng', 'Chọn trong danh mục; người có thẩm quyền, loại người nhận và ngày được kiểm tra theo danh mục'),
  campaign: t('Phong trào', 'Phong trào mà quyết định khen thưởng'),
  plan: t('Kế hoạch', 'Kế hoạch có chỉ tiêu khen thưởng mà quyết định này tính vào'),
  phase: t('Đợt thi đua', 'Đợt của phong trào đã chọn'),
  recipients: t('Danh sách được khen', 'Theo đúng thứ tự trong quyết định'),
  'recipients.id': t('Mã người được khen', 'Để trống thì trang tự tạo từ tên và đơn vị; ghi mã khi cần gộp cùng một người qua nhiều quyết định'),
  'recipients.kind': t('Loại', 'Cá nhân, tập thể hay hộ gia đình; phải được hình thức khen thưởng cho phép'),
  'recipients.name': t('Tên', 'Đúng như quyết định ghi'),
  'recipients.role': t('Chức vụ, vai trò', 'Như quyết định ghi'),
  'recipients.unit': t('Đơn vị', 'Như quyết định ghi'),
  'recipients.locality': t('Địa bàn', 'Xã hoặc tỉnh, theo tên vào ngày quyết định'),
  'recipients.achievement': t('Thành tích', 'Câu "đã có thành tích …"', true),
  'recipients.stories': t('Bài viết liên quan', 'Các bài Người tốt, việc tốt kể về việc này'),
  'recipients.cash': t('Tiền thưởng', 'Như quyết định hoặc bài báo nêu, ví dụ: kèm tiền thưởng'),
  file: t('Tệp quyết định', 'Tệp PDF đặt cạnh tệp này, viết "./ten-tep.pdf"'),
  status: t('Hiệu lực', 'Còn hiệu lực, hoặc đã thu hồi (kèm ngày và lý do). Quyết định bị thu hồi vẫn hiện nhưng không được tính vào tổng'),
  source: t('Nguồn bài báo', 'Bắt buộc khi chưa biết số quyết định'),
  'source.outlet': t('Tên báo', 'Ví dụ: Báo Znews'),
  'source.url': t('Địa chỉ bài báo', 'Địa chỉ web đầy đủ, bắt đầu bằng https://'),
  'source.published': t('Ngày đăng bài', DATE_HINT),
  ...PUBLICATION,
};

const MODEL_FIELDS: Record<string, FieldText> = {
  name: t('Tên mô hình', 'Ví dụ: Camera an ninh, Tổ tự quản'),
  unit: t('Đơn vị thực hiện', 'Ví dụ: Xã Phước Hải'),
  locality: t('Địa bàn', 'Theo tên vào lúc được công nhận'),
  since: t('Thực hiện từ', DATE_HINT),
  recognisedBy: t('Quyết định công nhận', 'Quyết định khen thưởng đã công nhận mô hình (nếu có)'),
  results: t('Kết quả', 'Như báo cáo hoặc bài báo nêu; mỗi kết quả một mục'),
  howTo: t('Cách nhân rộng', 'Nơi khác làm theo thế nào; mỗi bước một mục'),
  source: t('Nguồn bài báo', 'Nguồn của các thông tin trên'),
  'source.outlet': t('Tên báo', 'Ví dụ: Báo Sài Gòn Giải Phóng'),
  'source.url': t('Địa chỉ bài báo', 'Địa chỉ web đầy đủ, bắt đầu bằng https://'),
  body: t('Giới thiệu', 'Nội dung trang mô hình'),
  ...PUBLICATION,
};

const SETTINGS_FIELDS: Record<string, FieldText> = {
  siteName: t('Tên trang', 'Hiện ở đầu trang và trong nguồn tin'),
  tagline: t('Khẩu hiệu', 'Một dòng dưới tên trang'),
  owner: t('Cơ quan chủ quản', 'Cơ quan sở hữu và vận hành trang'),
  'owner.name': t('Tên cơ quan', 'Tên đầy đủ, ví dụ: Ban Chỉ đạo 138 tỉnh An Giang'),
  'owner.parent': t('Cơ quan cấp trên', 'Nếu có'),
  'owner.address': t('Địa chỉ', 'Chỉ ghi địa chỉ cơ quan đã công bố'),
  'owner.contacts': t('Đầu mối liên hệ', 'Chỉ ghi những gì cơ quan đã công bố'),
  'owner.contacts.role': t('Chức danh', 'Ví dụ: Cán bộ đầu mối'),
  'owner.contacts.name': t('Họ tên', 'Chỉ khi cơ quan đã công bố'),
  'owner.contacts.email': t('Email công vụ', 'Địa chỉ thư của cơ quan, không dùng email cá nhân'),
  'owner.contacts.phone': t('Số điện thoại cơ quan', 'Số tổng đài công khai của cơ quan'),
  province: t('Tỉnh', 'Tỉnh trang phục vụ; bỏ trống nếu trang phục vụ nhiều tỉnh'),
  baseUrl: t('Địa chỉ trang', 'Địa chỉ web đầy đủ của trang đã đăng, dùng cho liên kết gốc và nguồn tin'),
  license: t('Giấy phép dùng lại', 'Giấy phép cho báo chí đăng lại bài và trang'),
  'license.name': t('Tên giấy phép', 'Ví dụ: CC BY 4.0'),
  'license.url': t('Địa chỉ giấy phép', 'Liên kết tới văn bản giấy phép'),
  notice: t('Thông báo chung', 'Dòng thông báo hiện trên mọi trang, ví dụ: đây là bản dựng mẫu', true),
};

const LOCALITY_FIELDS: Record<string, FieldText> = {
  items: t('Địa bàn', 'Các đơn vị hành chính kèm thời gian tồn tại; văn bản và bài viết giữ tên địa bàn tại thời điểm của chúng'),
  'items.id': t('Mã địa bàn', 'Viết thường, không dấu, nối bằng "-", ví dụ kien-giang. Không đổi mã đã dùng'),
  'items.name': t('Tên', 'Không kèm chữ "tỉnh", "xã"…, ví dụ: Kiên Giang'),
  'items.kind': t('Cấp', 'Quyết định chữ đứng trước tên (tỉnh, xã …)'),
  'items.parent': t('Thuộc địa bàn', 'Đơn vị cấp trên; bỏ trống với tỉnh'),
  'items.validFrom': t('Tồn tại từ ngày', 'Khi cần, ví dụ đơn vị mới lập từ 2025-07-01'),
  'items.validTo': t('Chấm dứt ngày', 'Ví dụ 2025-06-30 cho đơn vị sáp nhập từ 01/07/2025'),
  'items.successor': t('Đơn vị kế thừa', 'Chỉ ghi khi biết chắc; cần có ngày chấm dứt'),
  'items.change': t('Cách thay đổi', 'Sáp nhập vào (trang ghi "nay thuộc") hay đổi tên (trang ghi "nay là")'),
  'items.basis': t('Căn cứ thay đổi', 'Văn bản pháp lý hoặc nguồn', true),
};

const AWARD_FORM_FIELDS: Record<string, FieldText> = {
  items: t('Hình thức khen thưởng', 'Ai có thẩm quyền tặng, cho ai, trong thời gian nào'),
  'items.id': t('Mã', 'Viết thường, không dấu, nối bằng "-", ví dụ bang-khen-chu-tich-ubnd-tinh. Không đổi mã đã dùng'),
  'items.name': t('Tên', 'Như ghi trên quyết định, ví dụ: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'),
  'items.category': t('Loại', 'Danh hiệu thi đua hay hình thức khen thưởng'),
  'items.authority': t('Người có thẩm quyền tặng', 'Bằng chữ, ví dụ: Chủ tịch Ủy ban nhân dân tỉnh'),
  'items.grantedBy': t('Mã người có thẩm quyền', 'Các mã chức danh mà quyết định được ghi, ví dụ chu-tich-ubnd-tinh; sau khi thêm mã mới, nhờ kỹ thuật chạy "npm run gen:cms"'),
  'items.level': t('Cấp khen thưởng', 'Cấp của người có thẩm quyền; cấp huyện chấm dứt từ 01/07/2025'),
  'items.recipientKinds': t('Được tặng cho', 'Các loại người nhận được phép'),
  'items.rank': t('Thứ bậc', 'Số nguyên, 1 là cao nhất; dùng để xếp danh sách vinh danh'),
  'items.validFrom': t('Áp dụng từ ngày', 'Khi cần'),
  'items.validTo': t('Hết áp dụng ngày', 'Ví dụ hình thức cấp huyện: 2025-06-30'),
  'items.basis': t('Căn cứ pháp lý', 'Ví dụ: Luật Thi đua, khen thưởng 06/2022/QH15, Điều 26', true),
  'items.notes': t('Ghi chú cho biên tập viên', 'Mỗi ghi chú một mục'),
};

export const FIELD_TEXT: Record<CollectionName, Record<string, FieldText>> = {
  stories: STORY_FIELDS,
  'stories-mdx': STORY_FIELDS,
  plans: PLAN_FIELDS,
  campaigns: CAMPAIGN_FIELDS,
  honors: HONOR_FIELDS,
  models: MODEL_FIELDS,
  settings: SETTINGS_FIELDS,
  localities: LOCALITY_FIELDS,
  'award-forms': AWARD_FORM_FIELDS,
};

export const COLLECTION_TEXT: Record<CollectionName, CollectionText> = {
  stories: {
    label: 'Người tốt, việc tốt',
    label_singular: 'bài Người tốt, việc tốt',
    description: 'Gương người tốt, việc tốt: người, việc, nơi, ngày, ghi nhận, nguồn báo. Ảnh đặt cạnh bài.',
  },
  'stories-mdx': {
    label: 'Bài có khung ghi chú',
    label_singular: 'bài có khung ghi chú, trích dẫn',
    description: 'Bài dạng .mdx: như bài thường, thêm được khung ghi chú (Callout) và khung trích dẫn (Quote).',
  },
  plans: {
    label: 'Kế hoạch',
    label_singular: 'kế hoạch',
    description: 'Kế hoạch phát động, thực hiện phong trào: cấu trúc văn bản ở các trường, toàn văn ở phần nội dung.',
  },
  campaigns: {
    label: 'Phong trào thi đua',
    label_singular: 'phong trào',
    description: 'Phong trào thi đua: chủ đề, các đợt, nội dung thi đua, chỉ tiêu.',
  },
  honors: {
    label: 'Quyết định khen thưởng',
    label_singular: 'quyết định khen thưởng',
    description: 'Mỗi quyết định một tệp: số, ngày, người có thẩm quyền, hình thức, danh sách kèm theo.',
  },
  models: {
    label: 'Mô hình, điển hình',
    label_singular: 'mô hình',
    description: 'Mô hình, điển hình được công nhận.',
  },
  settings: {
    label: 'Thông tin chung',
    label_singular: 'thông tin chung',
    description: 'Tên trang, cơ quan chủ quản, liên hệ, giấy phép dùng lại, địa chỉ trang.',
  },
  localities: {
    label: 'Địa bàn',
    label_singular: 'địa bàn',
    description: 'Địa bàn hành chính kèm ngày bắt đầu, ngày chấm dứt và đơn vị kế thừa.',
  },
  'award-forms': {
    label: 'Hình thức khen thưởng',
    label_singular: 'hình thức khen thưởng',
    description: 'Danh mục hình thức khen thưởng, danh hiệu thi đua: ai tặng, cho ai, trong thời gian nào.',
  },
};

/**
 * Vietnamese names of enum values, keyed by the sorted list of an enum's values (so the same
 * vocabulary used by several fields is named once). The stored value stays the English code the
 * schemas and the checker's messages use; the label shows both.
 */
export const OPTION_TEXT: Record<string, Record<string, string>> = {
  'collective|household|individual': { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' },
  'other|suspect|victim': { victim: 'Nạn nhân', suspect: 'Đối tượng', other: 'Người liên quan khác' },
  'reuse|site-only': { 'site-only': 'Chỉ dùng trên trang này', reuse: 'Báo chí được đăng lại' },
  'KT.|Q.|TL.|TM.|TUQ.': { 'TM.': 'Thay mặt', 'KT.': 'Ký thay', 'Q.': 'Quyền', 'TL.': 'Thừa lệnh', 'TUQ.': 'Thừa ủy quyền' },
  'ocr|original|press-article': { original: 'Bản gốc', ocr: 'Bản quét nhận dạng chữ (OCR)', 'press-article': 'Bài báo' },
  'full|restored|summary': { full: 'Toàn văn', restored: 'Khôi phục từ bản OCR', summary: 'Bài tóm tắt' },
  'national|provincial': { national: 'Toàn quốc', provincial: 'Cấp tỉnh' },
  'danh-hieu|hinh-thuc': { 'danh-hieu': 'Danh hiệu thi đua', 'hinh-thuc': 'Hình thức khen thưởng' },
  'bo|chinh-phu|huyen|nha-nuoc|tinh|to-chuc|xa': {
    'nha-nuoc': 'Nhà nước', 'chinh-phu': 'Chính phủ', bo: 'Bộ, ngành', tinh: 'Cấp tỉnh', huyen: 'Cấp huyện (đến 30/06/2025)', xa: 'Cấp xã', 'to-chuc': 'Tổ chức',
  },
  'gone|published|withdrawn': { published: 'Đang đăng', withdrawn: 'Rút lại (giữ trang, có thông báo)', gone: 'Gỡ bỏ hẳn' },
  'public-place': { 'public-place': 'Chụp ở nơi công cộng, tọa độ không làm lộ nơi ở của ai' },
  'merged|renamed': { merged: 'Sáp nhập vào (nay thuộc)', renamed: 'Đổi tên (nay là)' },
  'dac-khu|huyen|phuong|quan|thanh-pho-thuoc-tinh|thanh-pho-truc-thuoc-trung-uong|thi-tran|thi-xa|tinh|xa': {
    tinh: 'Tỉnh', 'thanh-pho-truc-thuoc-trung-uong': 'Thành phố trực thuộc trung ương', 'thanh-pho-thuoc-tinh': 'Thành phố thuộc tỉnh',
    huyen: 'Huyện', 'thi-xa': 'Thị xã', quan: 'Quận', xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn', 'dac-khu': 'Đặc khu',
  },
};
