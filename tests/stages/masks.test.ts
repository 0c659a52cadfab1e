import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';

// Each line mentions cooperatives next to a number that is not a goal: none may be taken.
const TRAPS: ReadonlyArray<readonly [string, string]> = [
  ['a date with dots', 'Ngày 16.6.2022, Ban Chấp hành Trung ương ban hành Nghị quyết về hợp tác xã.'],
  ['a date without year', 'Ngày 17.1, tỉnh tổng kết công tác phát triển hợp tác xã.'],
  ['a date with slashes', 'Tính đến 30/6/2023 các HTX đã được rà soát.'],
  ['a document number', 'Thực hiện Nghị quyết số 20-NQ/TW và Kế hoạch số 251/KH-UBND về HTX.'],
  ['a law number', 'Luật Hợp tác xã số 17/2023/QH15 có hiệu lực với mọi HTX.'],
  ['a party congress', 'Nghị quyết Hội nghị Trung ương 5 khóa XIII về hợp tác xã.'],
  ['an ordinal', 'Hội nghị lần thứ năm bàn về phát triển hợp tác xã.'],
  ['the industrial revolution', 'Các HTX tham gia cuộc Cách mạng công nghiệp 4.0.'],
  ['a count of tasks', 'Để thực hiện mục tiêu, 5 nhiệm vụ, giải pháp được xác định cho HTX.'],
  ['a view counter', 'Lượt xem: 119'],
  ['a phone number', 'Liên minh HTX tỉnh, điện thoại (0299) 3 834 570.'],
  ['an article of a decree', 'Theo Điều 3 của Nghị định, HTX được hỗ trợ.'],
  ['a duration', 'Sau 6 tháng triển khai, các HTX đã đổi mới.'],
  ['a support budget', 'Tổng kinh phí hỗ trợ HTX là 20 tỷ đồng.'],
  ['training courses', 'Mở 15 lớp bồi dưỡng cho cán bộ HTX.'],
  ['a disease name', 'Nhiều hợp tác xã bị ảnh hưởng bởi dịch Covid-19.'],
  ['a change, not a level', 'Năm 2023 cả nước tăng 1.926 hợp tác xã so với năm 2022.'],
  ['a share of a fee', 'Hỗ trợ 100% học phí cho cán bộ quản lý HTX.'],
  ['a poverty rate', 'Tỷ lệ hộ nghèo của các xã có HTX giảm còn 2,5%.'],
];

describe('traps: numbers that are not goals', () => {
  it.each(TRAPS)('%s', (_name, text) => {
    expect(extract(text).targets).toEqual([]);
  });
});
