/** The screens the landing page lists; the staff ones stand in every hall, demo or not. */
export type Screen = {
  id: string;
  group: 'visitor' | 'display' | 'staff';
  title: string;
  titleEn: string;
  path: string;
};

export const STAFF_SCREENS: readonly Screen[] = [
  {
    id: 'guide',
    group: 'staff',
    title: '민원안내도우미 태블릿',
    titleEn: 'Guide helper tablet',
    path: '/staff/guide',
  },
  {
    id: 'counter',
    group: 'staff',
    title: '창구 콘솔',
    titleEn: 'Counter console',
    path: '/staff/counter',
  },
  {
    id: 'admin',
    group: 'staff',
    title: '관리자 콘솔',
    titleEn: 'Administrator console',
    path: '/staff/admin',
  },
];
