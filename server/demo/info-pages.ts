/** The demo hall's information pages (C14), from the outline: counselling timetable, channels, amenities, a notice. */
import type { InfoPageInput } from '../../shared/schemas/admin';
import outline from './demo-hall-outline.json' with { type: 'json' };

const dayEn: Record<string, string> = { 월: 'Mon', '둘째·넷째 목': '2nd & 4th Thu' };
const fieldEn: Record<string, string> = {
  '법률(변호사)': 'Legal (lawyer)',
  '세무(세무사)': 'Tax (tax accountant)',
};

export function demoInfoPages(): InfoPageInput[] {
  const page = (
    p: Omit<InfoPageInput, 'body' | 'bodyEn' | 'published'> & Partial<InfoPageInput>,
  ) => ({
    body: '',
    bodyEn: '',
    published: true,
    ...p,
  });
  return [
    page({
      kind: 'timetable',
      title: '무료 상담 시간표',
      titleEn: 'Free counselling timetable',
      body: '예약 없이 오셔도 됩니다. 한 분에 30분씩 상담합니다.',
      bodyEn: 'No appointment needed. Each consultation takes 30 minutes.',
      items: outline.legal_counsel_timetable.map((row) => ({
        label: `${row.day} ${row.time.replace('-', '–')}`,
        labelEn: `${dayEn[row.day] ?? row.day} ${row.time.replace('-', '–')}`,
        value: `${row.field} · ${row.room}호`,
        valueEn: `${fieldEn[row.field] ?? row.field} · Room ${row.room}`,
      })),
      sort: 1,
    }),
    page({
      kind: 'channels',
      title: '민원 접수 창구',
      titleEn: 'Where to file a complaint',
      items: [
        {
          label: '민원 상담 전화',
          labelEn: 'Complaint line',
          value: '02-000-1000',
          valueEn: '02-000-1000',
        },
        {
          label: '민원 팩스',
          labelEn: 'Complaint fax',
          value: '02-000-1099',
          valueEn: '02-000-1099',
        },
        {
          label: '국민신문고',
          labelEn: 'e-People',
          value: 'www.epeople.go.kr',
          valueEn: 'www.epeople.go.kr',
        },
      ],
      sort: 2,
    }),
    page({
      kind: 'amenities',
      title: '편의 시설',
      titleEn: 'Amenities',
      items: [
        {
          label: '무료 팩스·복사기',
          labelEn: 'Free fax and copier',
          value: '1층 민원실',
          valueEn: '1F civil affairs',
        },
        {
          label: '민원인 PC',
          labelEn: 'Visitor PC',
          value: '1층 민원실',
          valueEn: '1F civil affairs',
        },
        {
          label: '휠체어 대여',
          labelEn: 'Wheelchair loan',
          value: '1층 안내데스크',
          valueEn: '1F information desk',
        },
      ],
      sort: 3,
    }),
    page({
      kind: 'notice',
      title: '야간 민원실 운영',
      titleEn: 'Evening service desk',
      body: `${outline.office.night_desk}`,
      bodyEn:
        'Wed 18:00–20:00 (passports, resident registration, seal certificates, family records)',
      items: [],
      sort: 4,
    }),
  ];
}
