using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("The policy pack run on every synthesized stack, and the exceptions this environment takes from it.")]
public sealed record PolicySettings(
    [Description("Rules this environment knowingly breaks, one resource each, with the reason and until when; an expired or unused waiver is an error.")]
    ImmutableArray<PolicyWaiver> Waivers);

[Description("One rule waived for one resource.")]
public sealed record PolicyWaiver(
    [Description("The rule's id, for example WUM5031 (src/Wumbo.Policies/Rules holds them, one file per service).")]
    [RegularExpression("^WUM5[0-8][0-9]{2}$")]
    string Rule,
    [Description("The Terraform address of the resource, as the rule's diagnostic names it, for example aws_lb.compute_load-balancer_alb_7378EDAB.")]
    [RegularExpression("^[a-z][a-z0-9_]*\\.[A-Za-z0-9_-]+$")]
    string Resource,
    [Description("Why the rule does not apply here; it is written into the stack for other scanners and into the docs.")]
    [RegularExpression("^\\S.{9,299}$")]
    string Reason,
    [Description("The last day the waiver holds (YYYY-MM-DD); after it, synthesis fails until the waiver is renewed or the resource fixed.")]
    CalendarDate Expires);
