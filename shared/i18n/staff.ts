/** Imported first by each staff console's entry: its Korean strings, before anything renders. */
import { addKorean } from './index';
import { koStaff } from './ko-staff';

addKorean(koStaff);
