-- AlterEnum
ALTER TYPE "StatementType" ADD VALUE 'ACCUSES';
