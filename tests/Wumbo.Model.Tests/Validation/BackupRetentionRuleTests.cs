using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class BackupRetentionRuleTests
{
    [Fact]
    public void Fewer_than_seven_days_are_reported_at_backup_retention_days()
    {
        var model = ValidModels.Development();
        var (diagnostics, sources) = RuleRun.One(model with { Database = model.Database with { BackupRetentionDays = 1 } });

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.BackupRetentionTooShort, sources, "database.backup_retention_days");
        Assert.StartsWith("backup_retention_days is 1;", diagnostic.Message, StringComparison.Ordinal);
    }
}
