// The tables of figures the views show (breakdowns, rankings): a caption, one header per column, one row per item.
import type { ReactNode } from "react";

export function FigureTable<Row>({
  className,
  testId,
  caption,
  columns,
  rows,
  rowKey,
  cells,
}: {
  className: "breakdown" | "ranking";
  testId: string;
  caption: ReactNode;
  columns: string[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The row's cells, one per column; a cell given as `{ className, content }` gets that class. */
  cells: (row: Row) => (ReactNode | { className: string; content: ReactNode })[];
}) {
  return (
    <table className={className} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {cells(row).map((cell, index) =>
              cell !== null && typeof cell === "object" && "className" in cell && "content" in cell ? (
                <td key={index} className={cell.className}>
                  {cell.content}
                </td>
              ) : (
                <td key={index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
