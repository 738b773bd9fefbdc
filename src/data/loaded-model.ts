// A model file as the UI holds it: its file name and the outcome of validating it.
import type { ValidationResult } from '@/domain/validate-model';

export interface LoadedModel {
  file: string;
  result: ValidationResult;
}
