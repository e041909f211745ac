export type ToolCode = 'IIT' | 'EIT' | 'OIT';
