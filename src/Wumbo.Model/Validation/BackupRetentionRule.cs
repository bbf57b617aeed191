using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>
/// SECURITY-RULES.md D3: the scanners disagree (checkov 1-35, trivy 2+) and Security Hub RDS.11 wants 7+,
/// so 7 days is the floor that satisfies all of them; the schema's range only stops at AWS's 1-35.
/// </summary>
internal sealed class BackupRetentionRule : IEnvironmentRule
{
    private const int MinimumDays = 7;

    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        var days = model.Database.BackupRetentionDays;
        if (days < MinimumDays)
        {
            diagnostics.Report(
                DiagnosticCatalog.BackupRetentionTooShort,
                sources,
                ModelPaths.BackupRetention,
                Invariant($"backup_retention_days is {days}; the security rules require at least {MinimumDays} (Security Hub RDS.11)"),
                Invariant($"set backup_retention_days to {MinimumDays} or more, 14 to 35 in production"));
        }
    }
}
