import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './create-data-source';
import { DatabaseConnection } from './database-connection';
import { DatabaseConnectionModule } from './database-connection.module';
import { DATABASE_CONNECTION } from './database.tokens';

/** TypeORM over the real or embedded PostgreSQL. Needs ConfigModule.forRoot() in the application. */
@Module({
  imports: [
    DatabaseConnectionModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseConnectionModule],
      inject: [DATABASE_CONNECTION],
      useFactory: (connection: DatabaseConnection) => dataSourceOptions(connection),
    }),
  ],
  exports: [DatabaseConnectionModule, TypeOrmModule],
})
export class DatabaseModule {}
