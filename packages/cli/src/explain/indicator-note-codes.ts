import type { IssueCodeDefinition } from '@vntip/core';
import type { CodeExplanation } from './code-explanations';

/** The catalogue entry of a data-quality note on indicator results: what it says, a hint, an example and a fix. */
export type NoteCodeDefinition = IssueCodeDefinition & CodeExplanation;

const n = (
  message: [string, string],
  hint: [string, string],
  example: [string, string],
  fix: [string, string],
): NoteCodeDefinition => ({
  severity: 'info',
  message: { vi: message[0], en: message[1] },
  hint: { vi: hint[0], en: hint[1] },
  example: { vi: example[0], en: example[1] },
  fix: { vi: fix[0], en: fix[1] },
});

const AGE_UNKNOWN = (what: [string, string]): NoteCodeDefinition =>
  n(
    [
      `Có nạn nhân không xác định chắc chắn được ${what[0]} từ năm sinh hoặc nhóm tuổi; họ được tính vào nhóm UNKNOWN.`,
      `For some victims, ${what[1]} could not be told for certain from the birth year or age band; they are counted under UNKNOWN.`,
    ],
    [
      'Tổng vẫn đúng; chỉ phân tổ thiếu thông tin.',
      'The total is still right; only the breakdown lacks detail.',
    ],
    [
      'Bản ghi person không có birthYear và có "ageBand": "UNKNOWN".',
      'A person record with no birthYear and "ageBand": "UNKNOWN".',
    ],
    [
      'Ghi birthYear (hoặc ageBand) vào bản ghi person khi biết.',
      'Give birthYear (or ageBand) on the person record when known.',
    ],
  );

/**
 * Every note code an indicator result can carry, from the built-in indicators, the host that computes them, the
 * privacy protection of reports and the report's own figures. Notes are information about how a figure was made, not
 * errors; `vntip explain` shows them as indicator notes.
 */
export const INDICATOR_NOTE_CODES: Readonly<Record<string, NoteCodeDefinition>> = {
  age_band_unknown: AGE_UNKNOWN(['nhóm tuổi CTDC', 'the CTDC age bin']),
  age_unknown: AGE_UNKNOWN(['dưới hay trên 18 tuổi', 'under or over 18']),
  aggregate_cross_breakdown_not_used: n(
    [
      'Dòng tổng hợp phân tổ theo nhiều hơn một chiều không được dùng.',
      'Aggregate lines broken down by more than one dimension were not used.',
    ],
    [
      'Chỉ số dùng dòng tổng số và dòng phân tổ một chiều.',
      'The indicator uses total lines and one-way breakdown lines.',
    ],
    [
      'victim_support_aggregate có dòng "sex": "FEMALE", "ageBand": "AGE_9_17".',
      'victim_support_aggregate with a line "sex": "FEMALE", "ageBand": "AGE_9_17".',
    ],
    [
      'Thêm dòng tổng số và dòng theo từng chiều riêng.',
      'Add a total line and separate one-way lines.',
    ],
  ),
  aggregate_parts_left_out: n(
    [
      'Dòng tổng hợp nằm trong một dòng tổng hợp khác không được cộng thêm.',
      'Aggregate lines inside another aggregate line were not added.',
    ],
    [
      'Tránh tính hai lần: tổng cấp tỉnh đã gồm các cơ sở, huyện của tỉnh.',
      'No double counting: a province total already holds its facilities and districts.',
    ],
    [
      'Có cả dòng tổng hợp của tỉnh và của một cơ sở trong tỉnh cùng kỳ.',
      'Both a province aggregate and one of its facilities for the same period.',
    ],
    [
      'Không cần làm gì; hoặc chỉ gửi một cấp tổng hợp.',
      'Nothing to do; or send one level of aggregation only.',
    ],
  ),
  aggregate_total_missing: n(
    [
      'Có nhóm số liệu tổng hợp không có dòng tổng số hoặc dòng theo giới tính.',
      'Some aggregate groups have neither a total line nor lines by sex.',
    ],
    [
      'Không tính được tổng chung cho các nhóm đó.',
      'No overall total can be given for those groups.',
    ],
    [
      'victim_support_aggregate chỉ có dòng theo loại hỗ trợ.',
      'victim_support_aggregate with lines by support type only.',
    ],
    [
      'Thêm dòng tổng số (không phân tổ) cho nhóm.',
      'Add a total line (no breakdown) to the group.',
    ],
  ),
  approximate_counts: n(
    [
      'Có hoạt động chỉ ghi số ước lượng (“trên”, “ít nhất”, “khoảng”); tổng là số tối thiểu hoặc gần đúng.',
      'Some activities give only an approximate figure (“more than”, “at least”, “about”); the sum is a lower bound or an approximation.',
    ],
    [
      'Giá trị được in kèm “≥” hoặc “≈”, không bao giờ như số đếm chính xác.',
      'The value is printed with “≥” or “≈”, never as an exact count.',
    ],
    [
      'participants: { "total": 10000, "qualifier": "MORE_THAN" }.',
      'participants: { "total": 10000, "qualifier": "MORE_THAN" }.',
    ],
    [
      'Ghi số chính xác khi có, với "qualifier": "EXACT".',
      'Give the exact figure when known, with "qualifier": "EXACT".',
    ],
  ),
  breakdown_withheld: n(
    [
      'Một phân tổ bị ẩn toàn bộ để bảo vệ nạn nhân: quá ít người để phân tổ.',
      'A breakdown is withheld as a whole to protect victims: too few persons to break it down.',
    ],
    [
      'Báo cáo thống kê không công bố phân tổ có thể giúp nhận ra nạn nhân.',
      'A statistical report publishes no breakdown that could help recognise a victim.',
    ],
    [
      'vntip report với 2 nạn nhân trong một tỉnh, phân tổ theo giới tính.',
      'vntip report with 2 victims in a province, broken down by sex.',
    ],
    [
      'Báo cáo nhiều năm hoặc địa bàn rộng hơn; số đầy đủ chỉ ở --profile internal.',
      'Report more years or a wider area; full figures only with --profile internal.',
    ],
  ),
  commune_list_not_held: n(
    [
      'Chuẩn không giữ danh mục xã 124/2004 của địa bàn này nên không có mẫu số.',
      'The standard holds no 124/2004 commune list for this scope, so there is no denominator.',
    ],
    [
      'Danh mục xã 124/2004 thay đổi nhiều lần đến 30/6/2025; chỉ danh mục 19/2025 được giữ.',
      'The 124/2004 commune list changed many times until 30 June 2025; only the 19/2025 list is held.',
    ],
    [
      'vntip report --period 2024 cho chỉ số communes-reached-rate.',
      'vntip report --period 2024 for communes-reached-rate.',
    ],
    [
      'Tính cho kỳ từ 1/7/2025 (danh mục 19/2025); kỳ trước chỉ có tử số.',
      'Compute periods from 1 July 2025 (19/2025 list); earlier periods have a numerator only.',
    ],
  ),
  commune_not_in_list: n(
    [
      'Hoạt động ghi mã xã không có trong danh mục của địa bàn nên không được tính.',
      'Activities with a commune code not in the scope’s list were not counted.',
    ],
    [
      'Mã xã phải thuộc danh mục có hiệu lực trong kỳ.',
      'The commune code must be in the list in force in the period.',
    ],
    [
      'location: { "level": "commune", "code": "99999", "codeListVersion": "19/2025" }.',
      'location: { "level": "commune", "code": "99999", "codeListVersion": "19/2025" }.',
    ],
    ['Sửa mã xã theo danh mục 19/2025.', 'Correct the commune code from the 19/2025 list.'],
  ),
  domestic_unknown: n(
    [
      'Không có sự việc bị mua bán, hoặc không rõ trong nước hay xuyên quốc gia.',
      'No trafficking event, or whether it was domestic or transnational is unknown.',
    ],
    ['Người đó được tính vào nhóm UNKNOWN.', 'The person is counted under UNKNOWN.'],
    [
      'Nạn nhân không có bản ghi trafficking_event.',
      'A victim without a trafficking_event record.',
    ],
    [
      'Thêm bản ghi trafficking_event có domestic (hoặc destinationCountry).',
      'Add a trafficking_event record giving domestic (or destinationCountry).',
    ],
  ),
  form_unknown: n(
    [
      'Không có sự việc bị mua bán, hoặc mục đích không rõ.',
      'No trafficking event, or its purpose is unknown.',
    ],
    ['Người đó được tính vào hình thức UNKNOWN.', 'The person is counted under form UNKNOWN.'],
    [
      'Nạn nhân không có bản ghi trafficking_event, hoặc "purposes": ["UNKNOWN"].',
      'A victim without a trafficking_event, or with "purposes": ["UNKNOWN"].',
    ],
    ['Ghi mục đích mua bán (purposes) khi biết.', 'Record the purposes when known.'],
  ),
  location_coarser_than_commune: n(
    [
      'Hoạt động ghi địa bàn cấp huyện, tỉnh hoặc toàn quốc không cho biết xã nào được tuyên truyền nên không được tính.',
      'Activities located at district, province or national level do not say which communes they reached and were not counted.',
    ],
    [
      'Tỷ lệ xã được tuyên truyền cần địa bàn cấp xã của từng hoạt động.',
      'The communes-reached rate needs each activity’s commune.',
    ],
    [
      'prevention_activity: "location": { "level": "province", "code": "24" }.',
      'prevention_activity: "location": { "level": "province", "code": "24" }.',
    ],
    [
      'Ghi một dòng hoạt động cho mỗi xã, với location cấp xã.',
      'Record one activity line per commune, with a commune-level location.',
    ],
  ),
  missing_breakdown: n(
    [
      'Hoạt động có số người tham dự nhưng không phân theo nhóm mục tiêu nên không được tính.',
      'Activities give participants but no breakdown by target group and are not counted.',
    ],
    [
      'Chỉ số đếm người tham dự theo từng nhóm mục tiêu.',
      'The indicator counts participants per target group.',
    ],
    [
      'participants: { "total": 5000 } không có byTargetGroup.',
      'participants: { "total": 5000 } without byTargetGroup.',
    ],
    [
      'Ghi số người theo từng nhóm mục tiêu khi báo cáo nêu.',
      'Give the participants per target group when the report does.',
    ],
  ),
  missing_denominator: n(
    [
      'Mẫu số bằng 0 nên tỷ lệ không tính được.',
      'The denominator is 0, so the rate cannot be computed.',
    ],
    [
      'Chỉ tiêu có trạng thái “không có số liệu”; lời giải thích của chỉ số nêu vì sao.',
      'The target’s status is “no data”; the note’s text says why.',
    ],
    [
      'Cả hai nạn nhân đều không đề nghị hỗ trợ (NOT_REQUESTED).',
      'Both victims asked for no support (NOT_REQUESTED).',
    ],
    [
      'Không cần sửa nếu đúng thực tế; nếu không, bổ sung bản ghi còn thiếu.',
      'Nothing to fix if it is the fact; otherwise add the missing records.',
    ],
  ),
  missing_media_outlet: n(
    [
      'Hoạt động truyền thông không ghi cơ quan báo chí, đài (mediaOutletId) nên không được tính cho cơ quan nào.',
      'Media activities give no media outlet (mediaOutletId) and count for no outlet.',
    ],
    ['Chỉ số tính theo từng cơ quan, đài.', 'The indicator counts per outlet.'],
    [
      'prevention_activity "activityType": "RADIO_ITEM" không có mediaOutletId.',
      'prevention_activity "activityType": "RADIO_ITEM" without mediaOutletId.',
    ],
    [
      'Thêm bản ghi media_outlet và ghi mediaOutletId vào hoạt động.',
      'Add a media_outlet record and put its id in mediaOutletId.',
    ],
  ),
  missing_numerator: n(
    [
      'Bản ghi thiếu số của tử số nên không được tính.',
      'Records without the numerator’s figure were left out.',
    ],
    [
      'Tỷ lệ chỉ dùng bản ghi có cả tử số và mẫu số.',
      'The rate uses only records giving numerator and denominator.',
    ],
    [
      'staffing_statistic có officialsAssigned nhưng không có officialsTrained.',
      'staffing_statistic with officialsAssigned but no officialsTrained.',
    ],
    ['Ghi số còn thiếu vào bản ghi.', 'Fill in the missing figure.'],
  ),
  missing_output: n(
    [
      'Hoạt động không ghi sản phẩm (số lượng và đơn vị) nên không được tính.',
      'Activities have no output (quantity and unit) and are not counted.',
    ],
    ['Chỉ số cộng số sản phẩm theo đơn vị tính.', 'The indicator adds up items per unit.'],
    ['Hội nghị không có output.', 'A conference with no output.'],
    [
      'Ghi output: { "quantity": 25000, "unit": "COPY" } khi có sản phẩm.',
      'Give output: { "quantity": 25000, "unit": "COPY" } when there are items.',
    ],
  ),
  missing_participants: n(
    [
      'Hoạt động không ghi số người tham dự nên không được tính.',
      'Activities give no participants and are not counted.',
    ],
    [
      'Không phải hoạt động nào cũng có người tham dự (tờ rơi, pano).',
      'Not every activity has participants (leaflets, banners).',
    ],
    ['Hoạt động CONFERENCE không có participants.', 'A CONFERENCE activity without participants.'],
    [
      'Ghi participants.total (và qualifier) khi báo cáo nêu.',
      'Give participants.total (and qualifier) when the report does.',
    ],
  ),
  missing_person: n(
    [
      'Có người trong sự việc, quyết định hoặc hỗ trợ nhưng không có bản ghi person; tính vào giới tính UNKNOWN.',
      'Persons in events, decisions or support but with no person record; counted under sex UNKNOWN.',
    ],
    [
      'Tổng vẫn đúng; phân tổ thiếu thông tin người.',
      'The total is right; the breakdown lacks the person’s details.',
    ],
    [
      'status_decision "personId": "BG24-P-3" không có bản ghi person.',
      'status_decision "personId": "BG24-P-3" without a person record.',
    ],
    ['Thêm bản ghi person cho mã đó.', 'Add the person record for that id.'],
  ),
  missing_population: n(
    [
      'Tùy chọn population không có dân số cho địa bàn này nên không tính được tỷ lệ.',
      'The population option has no population for this scope, so no rate can be computed.',
    ],
    [
      'Tỷ lệ trên 100.000 dân cần dân số của địa bàn.',
      'A rate per 100,000 needs the scope’s population.',
    ],
    [
      'Cấu hình sdg-16-2-2 không có population cho tỉnh 24.',
      'An sdg-16-2-2 configuration without a population for province 24.',
    ],
    [
      'Thêm dân số của địa bàn vào tùy chọn population của chỉ số.',
      'Add the scope’s population to the indicator’s population option.',
    ],
  ),
  missing_sex_breakdown: n(
    [
      'Hoạt động không ghi đủ số nữ và số nam; phần chưa rõ được tính vào UNKNOWN.',
      'Activities do not give both female and male counts; the rest is counted under UNKNOWN.',
    ],
    ['Tổng vẫn đúng.', 'The total is still right.'],
    [
      'participants: { "total": 5000 } không có female, male.',
      'participants: { "total": 5000 } without female and male.',
    ],
    [
      'Ghi participants.female và participants.male khi biết.',
      'Give participants.female and participants.male when known.',
    ],
  ),
  missing_support_type: n(
    [
      'Bản ghi hỗ trợ không ghi loại hỗ trợ; chỉ được tính ở dòng ALL.',
      'Support records without a support type; counted in the ALL rows only.',
    ],
    [
      'Phân tổ theo loại hỗ trợ thiếu các bản ghi đó.',
      'The breakdown by support type lacks those records.',
    ],
    [
      'support_service "status": "NOT_REQUESTED" không có supportType.',
      'support_service "status": "NOT_REQUESTED" without supportType.',
    ],
    [
      'Ghi supportType theo luật có hiệu lực vào ngày hỗ trợ.',
      'Give supportType under the law in force on the support date.',
    ],
  ),
  mixed_breakdowns: n(
    [
      'Bản ghi không có dòng phạm vi ALL trong nhóm của nó nên không được cộng.',
      'Records whose group has no scope ALL line were not added up.',
    ],
    [
      'Tỷ lệ dùng dòng ALL của từng nhóm để không tính trùng.',
      'The rate uses each group’s ALL line so nothing counts twice.',
    ],
    [
      'crime_statistic chỉ có dòng theo tội danh, không có dòng ALL.',
      'crime_statistic with lines per offence only, no ALL line.',
    ],
    ['Thêm dòng ALL cho nhóm.', 'Add the group’s ALL line.'],
  ),
  month_not_resolvable: n(
    [
      'Hoạt động truyền thông kéo dài nhiều tháng nên không biết tháng của tin bài; không tính vào tháng nào.',
      'Media activities span several months, so the month of their items is unknown; they count in no month.',
    ],
    [
      'Số tin bài vẫn có trong chỉ số số sản phẩm theo đơn vị tính.',
      'Their items are still in the items-by-unit indicator.',
    ],
    ['Một dòng "178 tin bài" cho cả năm 2024.', 'One line "178 items" for the whole of 2024.'],
    [
      'Ghi tin bài theo từng tháng (startDate và endDate trong cùng tháng).',
      'Record items month by month (start and end dates in the same month).',
    ],
  ),
  nested_areas_left_out: n(
    [
      'Bản ghi của huyện, xã trong một tỉnh đã có bản ghi cấp tỉnh cùng kỳ không được cộng thêm.',
      'Records of districts or communes of a province with a province-level record for the period were not added.',
    ],
    ['Để không ai bị tính hai lần.', 'So that nobody counts twice.'],
    [
      'staffing_statistic của tỉnh 24 và của một huyện trong tỉnh, cùng năm.',
      'staffing_statistic for province 24 and for one of its districts, same year.',
    ],
    ['Không cần làm gì; hoặc chỉ gửi một cấp.', 'Nothing to do; or send one level only.'],
  ),
  no_dated_support: n(
    [
      'Có người được tiếp nhận nhưng không có hỗ trợ đã cung cấp có ghi ngày.',
      'Some received persons have no dated provided support.',
    ],
    [
      'Số ngày đến lần hỗ trợ đầu tiên chỉ tính được khi có ngày hỗ trợ.',
      'Days to first support need a support date.',
    ],
    [
      'support_service "status": "PROVIDED" không có date.',
      'support_service "status": "PROVIDED" without date.',
    ],
    ['Ghi ngày hỗ trợ (date).', 'Give the support date.'],
  ),
  no_support_record: n(
    [
      'Nạn nhân không có bản ghi hỗ trợ nào; tính là chưa tiếp cận.',
      'Victims with no support record; counted as not reached.',
    ],
    [
      'Họ vẫn ở mẫu số của tỷ lệ tiếp cận hỗ trợ.',
      'They stay in the denominator of the access rate.',
    ],
    [
      'Nạn nhân có quyết định IDENTIFIED_VICTIM nhưng không có support_service.',
      'A victim with an IDENTIFIED_VICTIM decision and no support_service.',
    ],
    [
      'Ghi bản ghi hỗ trợ, kể cả khi nạn nhân không đề nghị (NOT_REQUESTED).',
      'Record the support, even when the victim asked for none (NOT_REQUESTED).',
    ],
  ),
  outlet_months_unknown: n(
    [
      'Có tháng-cơ quan chỉ có tin bài ghi gộp nhiều tháng nên không biết tháng đó có tin bài không.',
      'Some outlet-months have only items aggregated over several months, so whether they had an item is unknown.',
    ],
    [
      'Chúng không được tính vào tử số lẫn mẫu số.',
      'They are left out of numerator and denominator.',
    ],
    [
      'Đài cơ sở có một dòng "178 tin bài" cho cả năm.',
      'A commune radio with one line "178 items" for the year.',
    ],
    [
      'Ghi tin bài theo từng tháng để đánh giá chỉ tiêu hằng tháng.',
      'Record items month by month to evaluate the monthly target.',
    ],
  ),
  period_coarser_than_grain: n(
    [
      'Kỳ này dài hơn mức chia kỳ được yêu cầu: là kỳ nhỏ nhất chứa trọn các bản ghi kéo dài nhiều kỳ.',
      'This period is longer than the grain asked for: the smallest period containing records that span several.',
    ],
    [
      'Các kỳ ngắn hơn có ghi chú period_not_resolvable.',
      'The shorter periods carry the note period_not_resolvable.',
    ],
    [
      '--grain QUARTER với một dòng hoạt động cho cả năm.',
      '--grain QUARTER with an activity line for the whole year.',
    ],
    [
      'Ghi hoạt động theo từng quý (hoặc tháng) nếu cần số theo quý.',
      'Record activities per quarter (or month) to get quarterly figures.',
    ],
  ),
  period_not_resolvable: n(
    [
      'Có bản ghi kéo dài ra ngoài kỳ nên không xác định được phần thuộc kỳ; không tính ở đây.',
      'Records extend beyond this period, so the part falling in it is unknown; not counted here.',
    ],
    [
      'Chúng được tính ở kỳ nhỏ nhất chứa trọn chúng.',
      'They count in the smallest period containing them whole.',
    ],
    [
      'Hoạt động 2024-01-01 đến 2024-12-31 khi tính theo quý.',
      'An activity from 2024-01-01 to 2024-12-31 when computing by quarter.',
    ],
    ['Ghi hoạt động theo kỳ ngắn hơn nếu cần.', 'Record activities by shorter periods if needed.'],
  ),
  period_spans_reform: n(
    [
      'Kỳ bao gồm ngày 1/7/2025: xã trước và sau ngày đó thuộc hai danh mục khác nhau nên không có mẫu số chung.',
      'The period spans 1 July 2025: communes before and after belong to two lists, so there is no common denominator.',
    ],
    ['Tính theo năm, 6 tháng hoặc tháng.', 'Compute by year, half-year or month.'],
    [
      '--period 2025-01-01..2025-12-31 cho communes-reached-rate toàn quốc.',
      '--period 2025-01-01..2025-12-31 for national communes-reached-rate.',
    ],
    ['Dùng --grain HALF_YEAR.', 'Use --grain HALF_YEAR.'],
  ),
  period_split_at_reform: n(
    [
      'Kỳ bao gồm ngày 1/7/2025 nên được chia thành phần trước và từ ngày đó.',
      'The period spans 1 July 2025, so it was split into the parts before and from that date.',
    ],
    [
      'Đơn vị 124/2004 được gộp vào tỉnh mới qua bảng chuyển đổi khi địa bàn theo danh mục 19/2025.',
      '124/2004 units are rolled into the new provinces through the crosswalk when the scope is in the 19/2025 list.',
    ],
    ['--period 2025 --scope 24@19/2025.', '--period 2025 --scope 24@19/2025.'],
    ['Không cần làm gì.', 'Nothing to do.'],
  ),
  period_straddles_reform: n(
    [
      'Kỳ bao gồm ngày 1/7/2025; số theo danh mục 124/2004 được chuyển sang tỉnh mới và cộng với số theo danh mục 19/2025.',
      'The period spans 1 July 2025; figures in the 124/2004 list were mapped to the new provinces and added to 19/2025 figures.',
    ],
    ['Tổng hợp qua bảng chuyển đổi tỉnh.', 'Rolled up through the province crosswalk.'],
    ['Gộp kết quả các tỉnh cũ cho năm 2025.', 'Rolling up old provinces’ results for 2025.'],
    ['Không cần làm gì.', 'Nothing to do.'],
  ),
  persons_in_aggregates: n(
    [
      'Người có bản ghi hỗ trợ từng người trong địa bàn và kỳ của một số liệu tổng hợp đã nằm trong số tổng hợp, không cộng thêm.',
      'Persons with person-level support inside an aggregate’s area and period are in that count and were not added again.',
    ],
    ['Để không tính hai lần.', 'So that nobody counts twice.'],
    [
      'Có cả support_service của từng người và victim_support_aggregate của tỉnh cùng năm.',
      'Both person-level support_service and a province victim_support_aggregate for the year.',
    ],
    ['Không cần làm gì.', 'Nothing to do.'],
  ),
  place_missing: n(
    [
      'Bản ghi không có đơn vị hành chính (hoặc cơ quan không có địa bàn) nên không xếp được vào địa bàn; không được tính.',
      'Records without an administrative unit (or whose agency has no area) could not be placed in this scope; not counted.',
    ],
    ['Địa bàn toàn quốc vẫn tính mọi bản ghi.', 'A national scope still counts every record.'],
    [
      'process_event không có location và agency.unit, tính cho --scope 24@124/2004.',
      'process_event with neither location nor agency.unit, computed for --scope 24@124/2004.',
    ],
    ['Ghi location hoặc agency.unit cho bản ghi.', 'Give the record a location or an agency.unit.'],
  ),
  province_not_in_crosswalk: n(
    [
      'Mã tỉnh 124/2004 không có trong bảng chuyển đổi; giữ nguyên, không gộp.',
      'A 124/2004 province code is not in the crosswalk; left as it is, not rolled up.',
    ],
    [
      'Chỉ mã tỉnh hợp lệ của danh mục 124/2004 mới gộp được.',
      'Only valid 124/2004 province codes can be rolled up.',
    ],
    [
      'Kết quả có "province": "99", "codeListVersion": "124/2004".',
      'A result with "province": "99", "codeListVersion": "124/2004".',
    ],
    ['Sửa mã tỉnh trong dữ liệu.', 'Correct the province code in the data.'],
  ),
  province_unknown: n(
    [
      'Không có nơi cư trú cấp tỉnh kèm phiên bản danh mục.',
      'No province of residence with a code-list version.',
    ],
    [
      'Người đó được tính vào nhóm UNKNOWN của phân tổ theo tỉnh.',
      'The person is counted under UNKNOWN in the breakdown by province.',
    ],
    ['person không có residence.', 'A person without residence.'],
    ['Ghi residence với codeListVersion.', 'Give residence with its codeListVersion.'],
  ),
  small_cell_rounded: n(
    [
      'Số người được làm tròn xuống bội số của ngưỡng để bảo vệ nạn nhân.',
      'Counts of persons were rounded down to a multiple of the threshold to protect victims.',
    ],
    [
      'Cách bảo vệ số nhỏ được chọn là làm tròn thay vì ẩn.',
      'The small-cell method chosen is rounding rather than withholding.',
    ],
    [
      'Xuất với smallCells: { method: "round" }.',
      'An export with smallCells: { method: "round" }.',
    ],
    [
      'Không cần làm gì; số đầy đủ chỉ ở hồ sơ internal.',
      'Nothing to do; full figures only in the internal profile.',
    ],
  ),
  small_cell_suppressed: n(
    [
      'Số liệu bị ẩn để bảo vệ nạn nhân: số nhỏ, hoặc số có thể dùng để suy ra một số nhỏ.',
      'Figure withheld to protect victims: a small count, or one that would let a small count be worked out.',
    ],
    [
      'Báo cáo thống kê ẩn số dưới ngưỡng (mặc định 11) và các ô có thể suy ra chúng.',
      'A statistical report withholds counts below the threshold (11 by default) and the cells that reveal them.',
    ],
    [
      'vntip report với 2 người được bàn giao về gia đình.',
      'vntip report with 2 persons handed over to their families.',
    ],
    [
      'Báo cáo nhiều năm hoặc địa bàn rộng hơn; số đầy đủ chỉ ở --profile internal.',
      'Report more years or a wider area; full figures only with --profile internal.',
    ],
  ),
  support_not_requested: n(
    [
      'Nạn nhân không có nhu cầu hỗ trợ nào; bị loại khỏi tử số và mẫu số.',
      'Victims who requested no support; left out of numerator and denominator.',
    ],
    [
      'Người không đề nghị hỗ trợ không bị coi là chưa tiếp cận.',
      'A person who asked for none has not been denied access.',
    ],
    [
      'support_service "status": "NOT_REQUESTED" cho mọi nạn nhân trong kỳ.',
      'support_service "status": "NOT_REQUESTED" for every victim in the period.',
    ],
    ['Không cần sửa nếu đúng thực tế.', 'Nothing to fix if it is the fact.'],
  ),
  target_shorter_than_period: n(
    [
      'Chỉ tiêu đặt cho kỳ ngắn hơn (ví dụ từng năm) trong kỳ này nên giá trị không được so với chỉ tiêu nào.',
      'The targets are set for shorter periods (e.g. each year) inside this one, so the value is compared with none.',
    ],
    ['Tính theo năm để có trạng thái từng năm.', 'Compute per year to get one status per year.'],
    [
      '--period 2021-01-01..2025-12-31 cho chỉ tiêu hằng năm.',
      '--period 2021-01-01..2025-12-31 for a yearly target.',
    ],
    ['Dùng --grain YEAR.', 'Use --grain YEAR.'],
  ),
  undated_support: n(
    ['Bản ghi hỗ trợ không ghi ngày.', 'Support records without a date.'],
    [
      'Tùy chỉ số, chúng được tính vào hoặc bị bỏ qua (xem lời ghi chú).',
      'Depending on the indicator, they are counted in or left out (see the note’s text).',
    ],
    [
      'support_service "status": "PROVIDED" không có date.',
      'support_service "status": "PROVIDED" without date.',
    ],
    ['Ghi ngày hỗ trợ (date).', 'Give the support date.'],
  ),
  value_approximate: n(
    [
      'Giá trị là số gần đúng (≈), không phải số đếm chính xác.',
      'The value is approximate (≈), not an exact count.',
    ],
    [
      'Ít nhất một số được cộng là số ước lượng (“khoảng…”, “gần…”).',
      'At least one figure added was an estimate (“about…”, “nearly…”).',
    ],
    [
      'participants: { "total": 5000, "qualifier": "APPROXIMATE" } (“gần 5.000”).',
      'participants: { "total": 5000, "qualifier": "APPROXIMATE" } (“nearly 5,000”).',
    ],
    ['Ghi số chính xác khi có.', 'Give the exact figure when known.'],
  ),
  value_at_least: n(
    [
      'Giá trị là mức tối thiểu (≥), không phải số đếm chính xác.',
      'The value is a lower bound (≥), not an exact count.',
    ],
    [
      'Ít nhất một số được cộng chỉ là ngưỡng dưới (“trên…”, “ít nhất…”).',
      'At least one figure added was only a minimum (“more than…”, “at least…”).',
    ],
    [
      '"activityCount": 1, "activityCountQualifier": "AT_LEAST" (bài báo nói có cấp phát tờ rơi).',
      '"activityCount": 1, "activityCountQualifier": "AT_LEAST" (a report says leaflets were handed out).',
    ],
    ['Ghi số chính xác khi có.', 'Give the exact figure when known.'],
  ),
  value_more_than: n(
    [
      'Giá trị là mức tối thiểu và số thật lớn hơn: ít nhất một số được cộng (người tham dự, người được tập huấn, số hoạt động, số sản phẩm) được ghi là “trên …”.',
      'The value is a lower bound and the true figure is larger: at least one figure added (participants, people trained, activities, items) was given as “more than …”.',
    ],
    [
      'Báo cáo HTML viết “hơn …” / “more than …”.',
      'The HTML report writes “hơn …” / “more than …”.',
    ],
    [
      'participants: { "total": 10000, "qualifier": "MORE_THAN" } (“trên 10.000 người”).',
      'participants: { "total": 10000, "qualifier": "MORE_THAN" } (“more than 10,000 people”).',
    ],
    ['Ghi số chính xác khi có.', 'Give the exact figure when known.'],
  ),
};
