-- The built-in VN-TIP indicators in DuckDB SQL, over the same NDJSON file the JavaScript side reads.
-- {{source}} is replaced by a query giving (recordType VARCHAR, record record_t) per line (see duckdb-indicators.ts);
-- the period is 2024-01-01 … 2024-12-31, the SDG 16.2.2 population 100,000,000. Dates are compared as text, as the
-- library does. The last statement returns (indicator, disaggregation "key=value;…" sorted by key, value), plus
-- ('#records', '', records read).

-- The fields of every record type the indicators read; JSON keys not listed here are not materialised.
CREATE TYPE record_t AS STRUCT(
  id VARCHAR, activityType VARCHAR, activityCount DOUBLE, startDate VARCHAR, mediaOutletId VARCHAR,
  output STRUCT(quantity DOUBLE, unit VARCHAR),
  participants STRUCT(total DOUBLE, female DOUBLE, male DOUBLE, qualifier VARCHAR,
    byTargetGroup STRUCT(targetGroup VARCHAR, count DOUBLE)[]),
  targetGroups VARCHAR[],
  personId VARCHAR, type VARCHAR, "date" VARCHAR, status VARCHAR, supportType STRUCT(code VARCHAR),
  sex VARCHAR, birthYear DOUBLE, ageBand VARCHAR,
  residence STRUCT(level VARCHAR, code VARCHAR, provinceCode VARCHAR, codeListVersion VARCHAR),
  purposes VARCHAR[], domestic BOOLEAN,
  period STRUCT(start VARCHAR, "end" VARCHAR), unit JSON, reportingAgency JSON, offence VARCHAR, scope VARCHAR,
  reportsReceived DOUBLE, reportsClassified DOUBLE, reportsSettled DOUBLE,
  casesDetected DOUBLE, casesInitiated DOUBLE, casesProsecuted DOUBLE, casesTried DOUBLE,
  "from" STRUCT(code VARCHAR, provinceCode VARCHAR), "to" STRUCT(code VARCHAR, provinceCode VARCHAR)
);

-- One statement: the records are read once into a materialised CTE (kept in memory, uncompressed), which every
-- indicator then scans; a temporary table instead costs ≈ 4 s more on 1M records (its storage is compressed).
WITH
rec AS MATERIALIZED (
  SELECT recordType AS rt, unnest(record) FROM ({{source}}) WHERE recordType IS NOT NULL AND record IS NOT NULL
),
activity AS MATERIALIZED (
  SELECT * FROM rec WHERE rt = 'prevention_activity' AND startDate BETWEEN '2024-01-01' AND '2024-12-31'
),
-- The persons each victim count counts, with the date that counted them (the earliest in the period).
counted AS MATERIALIZED (
  SELECT 'victims-identified' AS indicator, personId, min("date") AS counted_on FROM rec
  WHERE rt = 'status_decision' AND status = 'IDENTIFIED_VICTIM' AND "date" BETWEEN '2024-01-01' AND '2024-12-31'
  GROUP BY personId
  UNION ALL
  SELECT 'victims-received', personId, min("date") FROM rec
  WHERE rt = 'process_event' AND type = 'RECEIPT' AND "date" BETWEEN '2024-01-01' AND '2024-12-31'
  GROUP BY personId
  UNION ALL
  SELECT 'victims-supported', personId, min("date") FROM rec
  WHERE rt = 'support_service' AND status = 'PROVIDED' AND "date" BETWEEN '2024-01-01' AND '2024-12-31'
  GROUP BY personId
),
victim AS (
  SELECT personId, counted_on AS decided FROM counted WHERE indicator = 'victims-identified'
),
-- Every crime-statistic line of a period inside the requested one, with whether its group has an ALL/ALL line.
crime AS (
  SELECT *, bool_or(scope = 'ALL' AND offence = 'ALL')
    OVER (PARTITION BY period.start, period."end", unit::VARCHAR, reportingAgency::VARCHAR) AS group_has_all
  FROM rec
  WHERE rt = 'crime_statistic' AND period.start >= '2024-01-01' AND period."end" <= '2024-12-31'
),
-- The chosen lines of each group: scope ALL, offence ALL, else Art. 150 + Art. 151; one row per rate and line.
chosen AS (
  SELECT * FROM crime
  WHERE scope = 'ALL' AND (offence = 'ALL' OR (NOT group_has_all AND offence IN ('ART_150', 'ART_151')))
),
crime_line AS (
  SELECT 'reports-received-rate' AS indicator, reportsClassified AS num, reportsReceived AS den FROM chosen
  UNION ALL SELECT 'reports-settled-rate', reportsSettled, reportsReceived FROM chosen
  UNION ALL SELECT 'detection-rate', casesDetected, casesInitiated FROM chosen
  UNION ALL SELECT 'prosecution-rate', casesProsecuted, casesInitiated FROM chosen
  UNION ALL SELECT 'trial-rate', casesTried, casesProsecuted FROM chosen
),
activities_by_type AS (
  SELECT 'activities-by-type', 'activityType=' || activityType, sum(activityCount) FROM activity GROUP BY activityType
),
items AS (
  SELECT 'items-distributed-by-unit', 'activityType=' || activityType || ';unit=' || output.unit, sum(output.quantity)
  FROM activity WHERE output.quantity IS NOT NULL AND output.unit IS NOT NULL GROUP BY ALL
),
by_sex AS (
  SELECT 'participants-by-sex', 'sex=' || s.sex, s.value
  FROM (
    SELECT sum(participants.total) AS "ALL", sum(participants.female) AS "FEMALE", sum(participants.male) AS "MALE",
           sum(greatest(0, participants.total - coalesce(participants.female, 0) - coalesce(participants.male, 0))) AS "UNKNOWN"
    FROM activity WHERE participants.total IS NOT NULL HAVING count(*) > 0
  ) UNPIVOT (value FOR sex IN ("ALL", "FEMALE", "MALE", "UNKNOWN")) AS s
),
by_target_group AS (
  SELECT 'participants-by-target-group', 'targetGroup=' || g.targetGroup, sum(g.count)
  FROM (SELECT unnest(participants.byTargetGroup) AS g FROM activity WHERE participants IS NOT NULL)
  WHERE g.count IS NOT NULL GROUP BY ALL
),
trained AS (
  SELECT 'people-trained', 'targetGroup=' || targetGroup, sum(total)
  FROM (
    SELECT participants.total AS total,
           unnest(CASE WHEN len(coalesce(targetGroups, [])) = 0 THEN ['UNSPECIFIED'] ELSE targetGroups END) AS targetGroup
    FROM activity WHERE activityType = 'TRAINING' AND participants.total IS NOT NULL
  ) GROUP BY ALL
),
media AS (
  SELECT 'media-items-per-outlet-month', 'mediaOutletId=' || mediaOutletId || ';month=' || left(startDate, 7),
         sum(coalesce(output.quantity, activityCount))
  FROM activity
  WHERE activityType IN ('RADIO_ITEM', 'PRESS_ITEM', 'TV_PROGRAMME', 'LOUDSPEAKER_BROADCAST') AND mediaOutletId IS NOT NULL
  GROUP BY ALL
),
rescued AS (
  SELECT 'victims-rescued-handed-over', 'event=' || type, count(DISTINCT personId) FROM rec
  WHERE rt = 'process_event' AND type IN ('RESCUE', 'HANDOVER_TO_FAMILY') AND "date" BETWEEN '2024-01-01' AND '2024-12-31'
  GROUP BY type
),
support AS (
  SELECT personId, status, supportType.code AS code FROM rec
  WHERE rt = 'support_service' AND ("date" IS NULL OR "date" BETWEEN '2024-01-01' AND '2024-12-31')
),
support_by_status AS (
  SELECT 'support-by-status', 'status=' || s.status || ';supportType=ALL', count(DISTINCT support.personId)
  FROM (VALUES ('NOT_REQUESTED'), ('REQUESTED'), ('PROVIDED'), ('NOT_PROVIDED'), ('DECLINED')) AS s(status)
  LEFT JOIN support USING (status)
  WHERE (SELECT count(*) FROM support) > 0
  GROUP BY s.status
  UNION ALL
  SELECT 'support-by-status', 'status=' || status || ';supportType=' || code, count(DISTINCT personId)
  FROM support WHERE code IS NOT NULL GROUP BY ALL
),
receipt AS (
  SELECT personId, min("date") AS received FROM rec WHERE rt = 'process_event' AND type = 'RECEIPT' AND "date" IS NOT NULL
  GROUP BY personId
),
first_support AS (
  SELECT r.personId, r.received, min(s."date") AS first FROM receipt r
  LEFT JOIN rec s ON s.rt = 'support_service' AND s.status = 'PROVIDED' AND s.personId = r.personId AND s."date" >= r.received
  GROUP BY ALL
),
median_days AS (
  SELECT 'median-days-to-first-support', '', median(date_diff('day', try_cast(received AS DATE), try_cast(first AS DATE)))
  FROM first_support WHERE first BETWEEN '2024-01-01' AND '2024-12-31'
),
person AS (
  SELECT id AS personId, any_value(sex) AS sex, any_value(birthYear) AS birthYear, any_value(ageBand) AS ageBand,
         any_value(CASE WHEN residence.level = 'province' THEN residence.code ELSE residence.provinceCode END) AS province,
         any_value(residence.codeListVersion) AS codeListVersion
  FROM rec WHERE rt = 'person' GROUP BY id
),
-- Age from the birth year alone is (year − birthYear) or one less: a group counts only when both ages agree.
victim_facts AS MATERIALIZED (
  SELECT c.indicator, c.personId, p.sex,
         CASE WHEN p.province IS NOT NULL AND p.codeListVersion IS NOT NULL
              THEN 'codeListVersion=' || p.codeListVersion || ';province=' || p.province ELSE 'province=UNKNOWN' END AS province,
         CASE
           WHEN upper <= 17 THEN 'UNDER_18'
           WHEN upper >= 19 THEN 'ADULT'
           WHEN p.ageBand IS NULL OR p.ageBand = 'UNKNOWN' THEN 'UNKNOWN'
           WHEN p.ageBand = 'UNDER_18' OR p.ageBand IN (SELECT code FROM age_bin WHERE hi < 18) THEN 'UNDER_18'
           ELSE 'ADULT' END AS age,
         CASE
           WHEN younger.code IS NOT NULL AND younger.code = older.code THEN older.code
           WHEN p.ageBand IN (SELECT code FROM age_bin) THEN p.ageBand
           ELSE 'UNKNOWN' END AS ageBand
  FROM (SELECT *, CAST(left(counted_on, 4) AS INTEGER) AS year FROM counted) c
  LEFT JOIN person p USING (personId)
  CROSS JOIN LATERAL (SELECT c.year - p.birthYear AS upper)
  LEFT JOIN age_bin older ON upper BETWEEN older.lo AND older.hi
  LEFT JOIN age_bin younger ON greatest(upper - 1, 0) BETWEEN younger.lo AND younger.hi
),
victim_purpose AS (
  SELECT c.indicator, c.personId, coalesce(t.purpose, 'UNKNOWN') AS purpose,
         coalesce(f.form, 'UNKNOWN') AS form
  FROM counted c
  LEFT JOIN (SELECT DISTINCT personId, unnest(purposes) AS purpose FROM rec WHERE rt = 'trafficking_event') t USING (personId)
  LEFT JOIN purpose_form f ON f.purpose = coalesce(t.purpose, 'UNKNOWN')
),
victim_domestic AS (
  SELECT c.indicator, c.personId, coalesce(d.value, 'UNKNOWN') AS value FROM counted c
  LEFT JOIN (
    SELECT DISTINCT personId, CASE WHEN domestic THEN 'DOMESTIC' ELSE 'TRANSNATIONAL' END AS value
    FROM rec WHERE rt = 'trafficking_event' AND domestic IS NOT NULL
  ) d USING (personId)
),
-- The breakdowns shared by victims identified, received and supported.
victims AS (
  SELECT indicator, 'sex=ALL', count(*) FROM victim_facts GROUP BY ALL
  UNION ALL SELECT indicator, 'sex=' || coalesce(sex, 'UNKNOWN'), count(*) FROM victim_facts GROUP BY ALL
  UNION ALL SELECT indicator, 'age=' || age, count(*) FROM victim_facts GROUP BY ALL
  UNION ALL SELECT indicator, 'ageBand=' || ageBand, count(*) FROM victim_facts GROUP BY ALL
  UNION ALL SELECT indicator, province, count(*) FROM victim_facts GROUP BY ALL
  UNION ALL SELECT indicator, 'form=' || form, count(DISTINCT personId) FROM victim_purpose GROUP BY ALL
  UNION ALL SELECT indicator, 'form=' || form || ';purpose=' || purpose, count(DISTINCT personId) FROM victim_purpose GROUP BY ALL
  UNION ALL SELECT indicator, 'domestic=' || value, count(DISTINCT personId) FROM victim_domestic GROUP BY ALL
),
sdg AS (
  SELECT 'sdg-16-2-2', '', count(*) / 100000000 * 100000 FROM victim
),
access AS (
  SELECT 'victim-support-access-rate', '',
         count(*) FILTER (WHERE provided) / nullif(count(*) FILTER (WHERE NOT only_not_requested), 0)
  FROM (
    SELECT v.personId,
           coalesce(bool_or(s.status = 'PROVIDED'), false) AS provided,
           coalesce(bool_and(s.status = 'NOT_REQUESTED'), false) AS only_not_requested
    FROM victim v
    LEFT JOIN rec s ON s.rt = 'support_service' AND s.personId = v.personId AND (s."date" IS NULL OR s."date" <= '2024-12-31')
    GROUP BY v.personId
  ) HAVING count(*) > 0
),
crime_rates AS (
  SELECT indicator, '', sum(num) FILTER (WHERE num IS NOT NULL AND den IS NOT NULL)
           / nullif(sum(den) FILTER (WHERE num IS NOT NULL AND den IS NOT NULL), 0)
  FROM crime_line GROUP BY indicator
),
transfers AS (
  SELECT 'inter-province-transfers',
         'from=' || coalesce("from".provinceCode, "from".code) || ';to=' || coalesce("to".provinceCode, "to".code), count(*)
  FROM rec WHERE rt = 'inter_province_transfer' AND "date" BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY ALL
)
SELECT * FROM activities_by_type
UNION ALL SELECT * FROM items
UNION ALL SELECT * FROM by_sex
UNION ALL SELECT * FROM by_target_group
UNION ALL SELECT * FROM trained
UNION ALL SELECT * FROM media
UNION ALL SELECT * FROM rescued
UNION ALL SELECT * FROM support_by_status
UNION ALL SELECT * FROM median_days
UNION ALL SELECT * FROM victims
UNION ALL SELECT * FROM sdg
UNION ALL SELECT * FROM access
UNION ALL SELECT * FROM transfers
UNION ALL SELECT * FROM crime_rates
UNION ALL SELECT '#records', '', count(*) FROM rec;
