/** Every Korean string, public and staff: for tests and tools that read any key. */
import { ko as koPublic } from './ko';
import { koStaff } from './ko-staff';

export const ko = { ...koPublic, ...koStaff };
