/**
 * The demo hall's departments (부서) as visitors meet them: where the office is, its number, and
 * the words people type into the kiosk's search. Every name, number and phone is fictional.
 */

/** The civil-service series a department's officers belong to: it names their grades. */
export type Series = '행정' | '세무' | '시설' | '사회복지';

export type DemoDepartment = {
  slug: string;
  name: string;
  nameEn: string;
  /** Floor code and room key as in `floor-layouts.ts`. */
  floor: string;
  room: string;
  /** Extensions are `02-0000-<base + …>`; the department's own line is the base itself. */
  extensionBase: number;
  hours: string;
  tasks: string[];
  series: Series;
  /** Title of the head of the department. */
  head: string;
  /** The team shown on the seat chart, with the duties its officers share out. */
  teams: { name: string; size: number; duties: string[] }[];
};

const WEEKDAYS = '09:00–18:00';

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  {
    slug: 'civil-passport',
    name: '민원여권과',
    nameEn: 'Civil Affairs and Passport Division',
    floor: '1F',
    room: '101',
    extensionBase: 1200,
    hours: `${WEEKDAYS}, 수 18:00–20:00 야간`,
    tasks: [
      '여권',
      '여권 발급',
      '여권 교부',
      '주민등록',
      '등본',
      '초본',
      '전입신고',
      '인감',
      '인감증명',
      '본인서명사실확인',
      '가족관계',
      '가족관계증명서',
      '출생신고',
      '혼인신고',
      '사망신고',
      '개명',
    ],
    series: '행정',
    head: '과장',
    // Rows of the seat chart in this order: the outline seats 여권팀 in row 1.
    teams: [
      {
        name: '여권팀',
        size: 5,
        duties: [
          '여권 접수·심사',
          '여권 교부',
          '여권 야간창구(수)',
          '긴급여권 발급',
          '여권 민원 상담',
          '여권 서류 보관',
        ],
      },
      {
        name: '민원팀',
        size: 5,
        duties: [
          '주민등록 등·초본 발급',
          '전입신고 처리',
          '인감증명 발급',
          '본인서명사실확인서 발급',
          '사회적 배려창구',
          '무인민원발급기 관리',
        ],
      },
      {
        name: '가족관계팀',
        size: 3,
        duties: [
          '출생·사망 신고',
          '혼인·이혼 신고',
          '가족관계등록부 정정',
          '가족관계 증명서 발급',
          '개명 신고',
        ],
      },
    ],
  },
  {
    slug: 'real-estate',
    name: '부동산정보과',
    nameEn: 'Real Estate Information Division',
    floor: '1F',
    room: '105',
    extensionBase: 1300,
    hours: WEEKDAYS,
    tasks: [
      '토지대장',
      '지적도',
      '임야도',
      '개별공시지가',
      '토지이용계획확인',
      '부동산 거래신고',
      '지적측량',
      '도로명주소',
    ],
    series: '행정',
    head: '과장',
    teams: [
      {
        name: '지적민원팀',
        size: 3,
        duties: [
          '토지대장·지적도 발급',
          '지적측량 접수',
          '개별공시지가 이의신청',
          '도로명주소 부여',
          '부동산 거래신고',
        ],
      },
    ],
  },
  {
    slug: 'tax-1',
    name: '세무1과',
    nameEn: 'Tax Division 1',
    floor: '2F',
    room: '201',
    extensionBase: 1400,
    hours: WEEKDAYS,
    tasks: ['취득세', '지방세', '세목별과세증명', '등록면허세', '지방세 납부', '지방세 완납증명'],
    series: '세무',
    head: '과장',
    teams: [
      {
        name: '취득세팀',
        size: 3,
        duties: [
          '취득세 신고·납부',
          '취득세 감면',
          '세목별과세증명 발급',
          '등록면허세 부과',
          '지방세 상담',
        ],
      },
    ],
  },
  {
    slug: 'tax-2',
    name: '세무2과',
    nameEn: 'Tax Division 2',
    floor: '2F',
    room: '205',
    extensionBase: 1500,
    hours: WEEKDAYS,
    tasks: ['재산세', '자동차세', '주민세', '지방소득세', '체납', '지방세 환급'],
    series: '세무',
    head: '과장',
    teams: [
      {
        name: '재산세팀',
        size: 2,
        duties: ['재산세 부과', '자동차세 부과', '주민세 부과', '지방세 환급', '체납액 징수'],
      },
    ],
  },
  {
    slug: 'transport',
    name: '교통행정과',
    nameEn: 'Transport Administration Division',
    floor: 'B1',
    room: 'B101',
    extensionBase: 1600,
    hours: WEEKDAYS,
    tasks: [
      '자동차 등록',
      '신규등록',
      '이전등록',
      '말소등록',
      '번호판',
      '자동차 검사',
      '주정차 과태료',
      '거주자우선주차',
    ],
    series: '행정',
    head: '과장',
    teams: [
      {
        name: '자동차등록팀',
        size: 3,
        duties: [
          '자동차 신규등록',
          '자동차 이전등록',
          '자동차 말소등록',
          '번호판 교부 안내',
          '자동차 저당권 등록',
        ],
      },
    ],
  },
  {
    slug: 'building',
    name: '건축과',
    nameEn: 'Building Division',
    floor: '3F',
    room: '301',
    extensionBase: 1700,
    hours: WEEKDAYS,
    tasks: ['건축허가', '건축신고', '건축물대장', '사용승인', '용도변경', '위반건축물', '멸실신고'],
    series: '시설',
    head: '과장',
    teams: [
      {
        name: '건축허가팀',
        size: 3,
        duties: [
          '건축허가·신고',
          '사용승인',
          '건축물대장 기재사항 변경',
          '위반건축물 단속',
          '용도변경 허가',
        ],
      },
    ],
  },
  {
    slug: 'housing',
    name: '주택과',
    nameEn: 'Housing Division',
    floor: '3F',
    room: '305',
    extensionBase: 1800,
    hours: WEEKDAYS,
    tasks: ['공동주택', '임대사업자', '임대차 신고', '전월세 신고', '리모델링', '재건축'],
    series: '행정',
    head: '과장',
    teams: [
      {
        name: '공동주택팀',
        size: 2,
        duties: ['공동주택 관리 지도', '주택 임대차 신고', '임대사업자 등록', '리모델링 행위허가'],
      },
    ],
  },
  {
    slug: 'welfare-policy',
    name: '복지정책과',
    nameEn: 'Welfare Policy Division',
    floor: '4F',
    room: '401',
    extensionBase: 2100,
    hours: WEEKDAYS,
    tasks: ['기초생활', '기초생활수급', '긴급복지', '차상위', '주거급여', '복지 상담'],
    series: '사회복지',
    head: '과장',
    teams: [
      {
        name: '통합조사팀',
        size: 3,
        duties: [
          '기초생활수급 신청 조사',
          '긴급복지 지원',
          '차상위 계층 확인',
          '주거급여 상담',
          '복지 상담 접수',
        ],
      },
    ],
  },
  {
    slug: 'senior-welfare',
    name: '어르신복지과',
    nameEn: 'Senior Welfare Division',
    floor: '4F',
    room: '405',
    extensionBase: 2200,
    hours: WEEKDAYS,
    tasks: ['기초연금', '노인일자리', '경로당', '어르신 교통카드', '노인 돌봄', '장기요양'],
    series: '사회복지',
    head: '과장',
    teams: [
      {
        name: '노인복지팀',
        size: 2,
        duties: [
          '기초연금 신청',
          '노인일자리 사업',
          '경로당 운영 지원',
          '어르신 교통카드 발급',
          '노인 돌봄 서비스',
        ],
      },
    ],
  },
  {
    slug: 'disability-welfare',
    name: '장애인복지과',
    nameEn: 'Disability Welfare Division',
    floor: '4F',
    room: '407',
    extensionBase: 2300,
    hours: WEEKDAYS,
    tasks: [
      '장애인 등록',
      '장애인 복지카드',
      '장애인연금',
      '활동지원',
      '장애인 주차표지',
      '보조기기',
    ],
    series: '사회복지',
    head: '과장',
    teams: [
      {
        name: '장애인복지팀',
        size: 3,
        duties: [
          '장애인 등록·심사',
          '장애인연금 신청',
          '활동지원 서비스',
          '장애인 주차표지 발급',
          '보조기기 지원',
        ],
      },
    ],
  },
  {
    slug: 'planning-budget',
    name: '기획예산과',
    nameEn: 'Planning and Budget Division',
    floor: '5F',
    room: '501',
    extensionBase: 2400,
    hours: WEEKDAYS,
    tasks: ['예산', '주민참여예산', '구정 계획', '조직', '규제개혁'],
    series: '행정',
    head: '과장',
    teams: [
      {
        name: '예산팀',
        size: 2,
        duties: ['예산 편성', '주민참여예산 운영', '구정 주요업무 계획', '조직 관리', '규제개혁'],
      },
    ],
  },
  {
    slug: 'general-affairs',
    name: '총무과',
    nameEn: 'General Affairs Division',
    floor: '5F',
    room: '505',
    extensionBase: 2500,
    hours: WEEKDAYS,
    tasks: ['청사 관리', '분실물', '당직', '공무원 채용', '회의실 대관'],
    series: '행정',
    head: '과장',
    teams: [
      {
        name: '총무팀',
        size: 3,
        duties: ['청사 관리', '당직 운영', '분실물 관리', '공무원 채용', '의전·행사'],
      },
    ],
  },
  {
    slug: 'audit',
    name: '감사담당관',
    nameEn: 'Audit Office',
    floor: '5F',
    room: '507',
    extensionBase: 2600,
    hours: WEEKDAYS,
    tasks: ['감사', '공익신고', '부패신고', '공직비리 신고', '청렴', '적극행정'],
    series: '행정',
    head: '감사담당관',
    teams: [
      {
        name: '감사팀',
        size: 2,
        duties: [
          '자체 감사',
          '공익·부패 신고 접수',
          '청렴도 향상',
          '적극행정 지원',
          '공직기강 점검',
        ],
      },
    ],
  },
];
