import { Company } from './Company';
import { CompanyIndustry } from './CompanyIndustry';
import { Event } from './Event';
import { EventTag } from './EventTag';
import { IngestIssue } from './IngestIssue';
import { IngestRun } from './IngestRun';
import { Participation } from './Participation';
import { Person } from './Person';
import { PersonJobFunction } from './PersonJobFunction';
import { Tag } from './Tag';

export {
  Company,
  CompanyIndustry,
  Event,
  EventTag,
  IngestIssue,
  IngestRun,
  Participation,
  Person,
  PersonJobFunction,
  Tag,
};

/** The data tables' entities, in dependency order (a table only references tables before it). */
export const DATA_ENTITIES = [
  Event,
  Tag,
  EventTag,
  Company,
  CompanyIndustry,
  Participation,
  Person,
  PersonJobFunction,
  IngestRun,
  IngestIssue,
] as const;
