using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consortium.Insights.Data.Migrations
{
    /// <summary>
    /// The local copies' row versions (<see cref="RowVersions"/>) map to PostgreSQL's <c>xmin</c>
    /// system column, which every row has: there is nothing to create or drop. The generator emits
    /// an <c>AddColumn</c> for it, which PostgreSQL refuses; this migration records the model only.
    /// </summary>
    public partial class LocalCopiesCarryRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
