import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AppError, AppErrorCode } from '@ita/server/common';
import { ImportStatus, ImportStatusService } from '../services/import-status.service';
import { ImportSubmissionService } from '../services/import-submission.service';
import { ImportTokenGuard } from './import-token.guard';

interface UploadedFileLike {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const truthy = (value: string | undefined) => value === 'true' || value === '1';

/** Upload of a published result file (multipart field `file`), and its status. */
@Controller('api/imports')
@UseGuards(ImportTokenGuard)
export class ImportsController {
  constructor(
    private readonly submissions: ImportSubmissionService,
    private readonly statuses: ImportStatusService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: UploadedFileLike | undefined,
    @Query('dryRun') dryRun?: string,
    @Query('acceptValid') acceptValid?: string,
    @Query('year') year?: string,
  ): Promise<{ jobId: string; importId: string; alreadyRunning: boolean }> {
    if (!file) throw AppError.badInput('Send the file as multipart/form-data in the field "file"');
    const fiscalYear = year ? Number(year) : null;
    if (fiscalYear !== null && !Number.isInteger(fiscalYear)) throw AppError.badInput(`year must be a whole number, got "${year}"`);
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    return this.submissions.submit(
      { fileName, content: file.buffer },
      { dryRun: truthy(dryRun), acceptValid: truthy(acceptValid), year: fiscalYear },
    );
  }

  @Get(':id')
  async status(@Param('id') id: string): Promise<ImportStatus> {
    const status = await this.statuses.find(id);
    if (!status) throw new AppError(AppErrorCode.NOT_FOUND, `No import ${id}`);
    return status;
  }
}
