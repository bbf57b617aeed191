using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Samples;

/// <summary>SNS topics and SSM parameters of <c>samples/basic</c>: "Resource"/"Default" ids, count, an override.</summary>
internal static class BasicAlerts
{
    public static GenericResource Add(TerraformStack stack, BasicEnvironment env, TfString prefix)
    {
        var alarms = new Construct(stack, "alarms");
        _ = new GenericResource(alarms, "Resource", "aws_sns_topic", new GenericConfig { Arguments = [("name", Tf.Template($"{prefix}-alarms"))] });
        _ = new GenericResource(new Construct(alarms, "Default"), "threshold", "aws_ssm_parameter", new GenericConfig
        {
            Arguments = [("name", $"/{env.Name}/alarms/threshold"), ("type", "String"), ("value", "90")],
        });
        var topic = new GenericResource(stack, "alerts.topic", "aws_sns_topic", new GenericConfig { Arguments = [("name", Tf.Template($"{prefix}-alerts"))] });
        topic.AddOverride("lifecycle.ignore_changes", Tf.List("tags"));
        _ = new GenericResource(stack, "flag", "aws_ssm_parameter", new GenericConfig
        {
            Arguments = [("name", Tf.Template($"/{env.Name}/flags/flag-{Tf.CountIndex}")), ("type", "String"), ("value", "off")],
            Count = 2,
        });
        return topic;
    }
}
