using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class DistinctAcrossEnvironmentsRuleTests
{
    [Fact]
    public void A_shared_ios_bundle_id_is_reported_in_each_file_that_uses_it()
    {
        var staging = ValidModels.Staging();
        staging = staging with { Mobile = staging.Mobile with { IosBundleId = Wire.Create<IosBundleId>("com.built-by-dusty.wumbo") } };

        var (diagnostics, sources) = RuleRun.Set(ValidModels.Development(), staging, ValidModels.Production());

        var reported = diagnostics.Where(d => d.Code == DiagnosticCatalog.DuplicateIosBundleId.Code).ToList();
        Assert.Equal([sources[1].Map.File, sources[2].Map.File], reported.Select(d => d.Span!.Value.File));
        RuleRun.Single(reported.Take(1), DiagnosticCatalog.DuplicateIosBundleId, sources[1], "mobile.ios_bundle_id");
        Assert.Equal(
            "iOS bundle id 'com.built-by-dusty.wumbo' is also used by environments/2-production.yaml ('production')",
            reported[0].Message);
    }

    [Fact]
    public void A_shared_android_package_is_reported()
    {
        var development = ValidModels.Development();
        development = development with { Mobile = development.Mobile with { AndroidPackage = Wire.Create<AndroidPackageName>("com.built_by_dusty.wumbo.staging") } };

        var (diagnostics, sources) = RuleRun.Set(development, ValidModels.Staging());

        RuleRun.Single(diagnostics.Where(d => d.Span!.Value.File == sources[0].Map.File), DiagnosticCatalog.DuplicateAndroidPackage, sources[0], "mobile.android_package");
    }

    [Fact]
    public void Host_names_compare_case_insensitively()
    {
        var production = ValidModels.Production();
        production = production with { Dns = production.Dns with { ApiHost = "STAGING-API.wumbo.app" }, Frontend = production.Frontend with { Host = "Staging.Wumbo.App" } };

        var (diagnostics, sources) = RuleRun.Set(ValidModels.Staging(), production);

        RuleRun.Single(diagnostics.Where(d => d.Span!.Value.File == sources[1].Map.File), DiagnosticCatalog.DuplicateApiHost, sources[1], "dns.api_host");
        RuleRun.Single(diagnostics.Where(d => d.Span!.Value.File == sources[1].Map.File), DiagnosticCatalog.DuplicateFrontendHost, sources[1], "frontend.host");
    }

    [Fact]
    public void Two_environments_writing_one_s3_state_are_reported_at_the_key()
    {
        var staging = ValidModels.Staging();
        staging = staging with { StateBackend = ((S3StateBackend)staging.StateBackend) with { Key = "wumbo/development.tfstate" } };

        var (diagnostics, sources) = RuleRun.Set(ValidModels.Development(), staging);

        var diagnostic = RuleRun.Single(diagnostics.Where(d => d.Span!.Value.File == sources[1].Map.File), DiagnosticCatalog.SharedStateBackend, sources[1], "state_backend.s3.key");
        Assert.StartsWith("Terraform state 's3://wumbo-terraform-state/wumbo/development.tfstate' is also used by", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_state_never_collides()
    {
        var local = new LocalStateBackend(null);

        var (diagnostics, _) = RuleRun.Set(ValidModels.Development() with { StateBackend = local }, ValidModels.Staging() with { StateBackend = local });

        Assert.Empty(diagnostics);
    }
}
