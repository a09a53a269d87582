package org.meetingdesk.infra;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroup;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.ISource;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Meeting Desk on AWS, as one stack: the table, one Lambda function per {@link FunctionGroup} (all
 * from the same artifact), the HTTP API generated from {@link Functions}, Cognito, the scheduled
 * sweep, the hosted page behind CloudFront, the document store, mail and alarms.
 *
 * <p>Everything is pay-per-use: an idle deployment costs cents a month (see infra/README.md).
 * Stateful resources (table, user pool, buckets) are retained when the stack is deleted.
 */
public class MeetingDeskStack extends Stack {

    /** Key attribute and index names: the same as {@code org.meetingdesk.store.Keys} (a test checks). */
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI2 = "GSI2";
    /** Items that expire carry their epoch-seconds deadline here. */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    public static final String NATIVE_HANDLER = "not.used.in.provided.runtime";
    public static final String JVM_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The alias every caller (API, schedule) invokes: SnapStart only applies to published versions. */
    public static final String ALIAS = "live";
    /** The page calls the API under this prefix on the page's own origin (no CORS). */
    public static final String API_PREFIX = "/api";

    static final List<String> TABLE_READ_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem");
    /** TransactWriteItems is authorized per item by these actions (there is no separate IAM action). */
    static final List<String> TABLE_WRITE_ACTIONS = List.of("dynamodb:PutItem", "dynamodb:UpdateItem",
            "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem", "dynamodb:BatchWriteItem");

    private final StackSettings settings;
    private final Table table;
    private final Bucket documents;
    private final UserPool users;
    private final Map<FunctionGroup, Function> functions = new EnumMap<>(FunctionGroup.class);
    private final Map<FunctionGroup, Alias> aliases = new EnumMap<>(FunctionGroup.class);
    private final Map<FunctionGroup, LogGroup> logGroups = new EnumMap<>(FunctionGroup.class);
    private final List<HttpRoute> publicRoutes = new ArrayList<>();
    private final Role schedulerRole;
    private final Queue sweepDeadLetters;
    private final Topic alarms;

    public MeetingDeskStack(Construct scope, String id, StackProps props, StackSettings settings) {
        super(scope, id, props);
        this.settings = settings;

        alarms = Topic.Builder.create(this, "Alarms").displayName("Meeting Desk alarms").enforceSsl(true).build();
        if (settings.alarmEmail() != null) {
            alarms.addSubscription(new EmailSubscription(settings.alarmEmail()));
        }

        table = createTable();
        Bucket logs = accessLogBucket();
        documents = documentBucket(logs);
        users = createUserPool();

        // The page's origin, known before the API exists: CloudFront needs only the API's id.
        HttpApi api = HttpApi.Builder.create(this, "Api").apiName("meeting-desk")
                .description("Meeting Desk functions: GET|POST /<function>; see Functions.java")
                .createDefaultStage(false).build();
        Bucket site = siteBucket(logs);
        Distribution distribution = distribution(site, api, logs);
        String publicUrl = "https://" + distribution.getDistributionDomainName();

        UserPoolDomain authDomain = users.addDomain("HostedUi", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix(authDomainPrefix()).build()).build());
        UserPoolClient webClient = webClient(publicUrl);

        EmailIdentity mail = EmailIdentity.Builder.create(this, "MailIdentity")
                .identity(settings.mailDomain() != null ? Identity.domain(settings.mailDomain())
                        : Identity.email(settings.mailFrom()))
                .build();

        schedulerRole = Role.Builder.create(this, "SweepSchedulerRole")
                .description("EventBridge Scheduler: invokes the sweep function, nothing else")
                .assumedBy(new ServicePrincipal("scheduler.amazonaws.com", ServicePrincipalOpts.builder()
                        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID))).build()))
                .build();

        String issuer = "https://cognito-idp." + Aws.REGION + ".amazonaws.com/" + users.getUserPoolId();
        for (FunctionGroup group : FunctionGroup.values()) {
            lambda(group, issuer, publicUrl);
        }
        routes(api, webClient);
        stage(api);
        sweepDeadLetters = sweepSchedule();
        alarms(api);
        siteContent(site, distribution, authDomain, webClient, publicUrl);

        output("ApiUrl", api.getApiEndpoint(), "HTTP API endpoint (also under " + API_PREFIX + " on SiteUrl)");
        output("SiteUrl", publicUrl, "The hosted page");
        output("DistributionId", distribution.getDistributionId(), "CloudFront distribution");
        output("TableName", table.getTableName(), "DynamoDB table");
        output("DocumentsBucket", documents.getBucketName(), "Contribution documents");
        output("UserPoolId", users.getUserPoolId(), "Cognito user pool (add users to groups here)");
        output("UserPoolClientId", webClient.getUserPoolClientId(), "The page's Cognito app client");
        output("AuthUrl", authDomain.baseUrl(), "Cognito hosted UI");
        output("MailIdentityName", mail.getEmailIdentityName(), "SES identity to verify before mail is sent");
        output("PublicReadLogGroup", logGroups.get(FunctionGroup.PUBLIC_READ).getLogGroupName(),
                "Logs of the public read function (the smoke test reads Init Duration here)");
        output("SweepFunction", functions.get(FunctionGroup.SWEEP).getFunctionName(), "Scheduled sweep");
        output("Runtime", settings.jvm() ? "java21+SnapStart" : "provided.al2023 (native)", "Lambda runtime");

        Nag.suppress(this);
    }

    // ---- Data -------------------------------------------------------------------------------

    /** The one table; TableSetup.createIfMissing in the app declares the same keys and indexes. */
    private Table createTable() {
        Table t = Table.Builder.create(this, "Table")
                .partitionKey(stringKey(PK)).sortKey(stringKey(SK))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .deletionProtection(true)
                .encryption(TableEncryption.AWS_MANAGED)
                .timeToLiveAttribute(TTL_ATTRIBUTE)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        for (String index : List.of(GSI1, GSI2)) {
            t.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder().indexName(index)
                    .partitionKey(stringKey(index + "PK")).sortKey(stringKey(index + "SK"))
                    .projectionType(ProjectionType.ALL).build());
        }
        return t;
    }

    private static Attribute stringKey(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    private Bucket accessLogBucket() {
        // CloudFront's standard logs are written with ACLs, hence OBJECT_WRITER on this bucket only.
        return Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL).encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true).objectOwnership(ObjectOwnership.OBJECT_WRITER)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()))
                .removalPolicy(RemovalPolicy.RETAIN).build();
    }

    private Bucket documentBucket(Bucket logs) {
        // Versioned: a contribution's file is evidence of what was received and when.
        return Bucket.Builder.create(this, "Documents")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL).encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true).versioned(true).objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(logs).serverAccessLogsPrefix("documents/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .noncurrentVersionExpiration(Duration.days(365))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1)).build()))
                .removalPolicy(RemovalPolicy.RETAIN).build();
    }

    // ---- Identity ---------------------------------------------------------------------------

    private UserPool createUserPool() {
        UserPool pool = UserPool.Builder.create(this, "Users").userPoolName("meeting-desk")
                .selfSignUpEnabled(true)
                .signInAliases(SignInAliases.builder().email(true).build())
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .standardAttributes(StandardAttributes.builder()
                        .email(StandardAttribute.builder().required(true).mutable(true).build())
                        .fullname(StandardAttribute.builder().required(true).mutable(true).build()).build())
                // custom:organization, set by the secretariat (admin API), never by the user.
                .customAttributes(Map.of("organization",
                        StringAttribute.Builder.create().minLen(1).maxLen(64).mutable(true).build()))
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireDigits(true).requireLowercase(true)
                        .requireUppercase(true).requireSymbols(true).tempPasswordValidity(Duration.days(3)).build())
                .mfa(Mfa.OPTIONAL).mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        int precedence = 0;
        for (String group : Functions.Roles.ALL) {
            UserPoolGroup.Builder.create(this, "Group-" + group).userPool(pool).groupName(group)
                    .description("Meeting Desk role " + group).precedence(precedence++).build();
        }
        return pool;
    }

    private String authDomainPrefix() {
        if (settings.authDomainPrefix() != null) {
            return settings.authDomainPrefix();
        }
        return "meetingdesk-" + Aws.ACCOUNT_ID;
    }

    /**
     * The page's client: authorization code with PKCE, no secret. Users may write their e-mail and
     * name; the organization attribute is readable but not writable through this client, so a
     * delegate cannot claim another organization.
     */
    private UserPoolClient webClient(String publicUrl) {
        return users.addClient("Web", UserPoolClientOptions.builder().userPoolClientName("meeting-desk-page")
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of(publicUrl + "/", "http://localhost:8080/"))
                        .logoutUrls(List.of(publicUrl + "/", "http://localhost:8080/")).build())
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .preventUserExistenceErrors(true)
                .readAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).emailVerified(true)
                                .fullname(true).build())
                        .withCustomAttributes("organization"))
                .writeAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).fullname(true).build()))
                .idTokenValidity(Duration.hours(1)).accessTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.days(30))
                .enableTokenRevocation(true)
                .build());
    }

    // ---- Functions --------------------------------------------------------------------------

    private void lambda(FunctionGroup group, String issuer, String publicUrl) {
        String id = group.constructId();
        LogGroup logs = LogGroup.Builder.create(this, id + "Logs")
                .retention(RetentionDays.ONE_MONTH).removalPolicy(RemovalPolicy.DESTROY).build();
        logGroups.put(group, logs);

        // Own role, no managed policies: each group gets exactly the statements below.
        Role role = Role.Builder.create(this, id + "Role")
                .description("Meeting Desk " + group.id() + " function")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        role.addToPolicy(PolicyStatement.Builder.create().sid("Logs").effect(Effect.ALLOW)
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logs.getLogGroupArn())).build());
        List<String> tableResources = List.of(table.getTableArn(),
                table.getTableArn() + "/index/" + GSI1, table.getTableArn() + "/index/" + GSI2);
        role.addToPolicy(PolicyStatement.Builder.create().sid("TableRead").effect(Effect.ALLOW)
                .actions(TABLE_READ_ACTIONS).resources(tableResources).build());
        if (group.table() == FunctionGroup.TableAccess.READ_WRITE) {
            // Writes go to the base table only; indexes are maintained by DynamoDB.
            role.addToPolicy(PolicyStatement.Builder.create().sid("TableWrite").effect(Effect.ALLOW)
                    .actions(TABLE_WRITE_ACTIONS).resources(List.of(table.getTableArn())).build());
        }
        if (group.documents()) {
            role.addToPolicy(PolicyStatement.Builder.create().sid("Documents").effect(Effect.ALLOW)
                    .actions(List.of("s3:GetObject", "s3:PutObject"))
                    .resources(List.of(documents.arnForObjects("*"))).build());
        }

        Map<String, String> env = new LinkedHashMap<>();
        env.put("MEETINGDESK_TABLE", table.getTableName());
        env.put("JWT_ISSUER", issuer);
        env.put("JWT_JWKS_URL", issuer + "/.well-known/jwks.json");
        env.put("MEETINGDESK_PUBLIC_URL", publicUrl);
        env.put("MEETINGDESK_FUNCTION_GROUP", group.id());
        if (!settings.jvm()) {
            // As Quarkus' own sam.native.yaml: the native image must not install signal handlers.
            env.put("DISABLE_SIGNAL_HANDLERS", "true");
        }
        if (group.documents()) {
            env.put("MEETINGDESK_DOCUMENTS_BUCKET", documents.getBucketName());
        }
        if (group.mail()) {
            mailEnvironment(env);
        }
        if (group == FunctionGroup.SWEEP) {
            // The identity the scheduled event names; the app maps exactly this ARN to `scheduler`.
            env.put("MEETINGDESK_SCHEDULER_ROLE_ARN", schedulerRole.getRoleArn());
        }

        Function.Builder fn = Function.Builder.create(this, id)
                .description("Meeting Desk " + group.id() + ": " + group.description())
                .code(Code.fromAsset(settings.functionAsset().toString()))
                .architecture(Architecture.ARM_64)
                .memorySize(group.memoryMb(settings.jvm()))
                .timeout(Duration.seconds(group.timeoutSeconds()))
                .role(role).logGroup(logs).environment(env);
        if (settings.jvm()) {
            fn.runtime(Runtime.JAVA_21).handler(JVM_HANDLER).snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        } else {
            fn.runtime(Runtime.PROVIDED_AL2023).handler(NATIVE_HANDLER);
        }
        Function function = fn.build();
        if (settings.jvm()) {
            software.amazon.awscdk.Annotations.of(function).acknowledgeWarning(
                    "@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "Published: every caller invokes the live alias of currentVersion");
        }
        functions.put(group, function);
        aliases.put(group, Alias.Builder.create(this, id + "Live").aliasName(ALIAS)
                .version(function.getCurrentVersion()).build());
    }

    /**
     * SES over SMTP for quarkus-mailer. SMTP needs SES SMTP credentials (not the function's role);
     * they come from an existing secret resolved at deploy time. Without one, mail is logged
     * (mock) so a fresh deployment works before SES leaves its sandbox.
     */
    private void mailEnvironment(Map<String, String> env) {
        env.put("MEETINGDESK_MAIL_FROM", settings.mailFrom());
        env.put("QUARKUS_MAILER_FROM", settings.mailFrom());
        env.put("QUARKUS_MAILER_HOST", "email-smtp." + Aws.REGION + ".amazonaws.com");
        env.put("QUARKUS_MAILER_PORT", "587");
        env.put("QUARKUS_MAILER_START_TLS", "REQUIRED");
        env.put("QUARKUS_MAILER_LOGIN", "REQUIRED");
        if (settings.smtpSecretName() != null) {
            env.put("QUARKUS_MAILER_MOCK", "false");
            env.put("QUARKUS_MAILER_USERNAME", SecretValue.secretsManager(settings.smtpSecretName(),
                    software.amazon.awscdk.SecretsManagerSecretOptions.builder().jsonField("username").build())
                    .unsafeUnwrap());
            env.put("QUARKUS_MAILER_PASSWORD", SecretValue.secretsManager(settings.smtpSecretName(),
                    software.amazon.awscdk.SecretsManagerSecretOptions.builder().jsonField("password").build())
                    .unsafeUnwrap());
        } else {
            env.put("QUARKUS_MAILER_MOCK", "true");
        }
    }

    // ---- HTTP API ---------------------------------------------------------------------------

    /** GET and POST /<name> for every catalogue entry; a JWT authorizer on every protected one. */
    private void routes(HttpApi api, UserPoolClient webClient) {
        HttpUserPoolAuthorizer cognito = new HttpUserPoolAuthorizer("Cognito", users,
                HttpUserPoolAuthorizerProps.builder().authorizerName("cognito")
                        .userPoolClients(List.of(webClient))
                        .identitySource(List.of("$request.header.Authorization")).build());
        Map<FunctionGroup, HttpLambdaIntegration> integrations = new EnumMap<>(FunctionGroup.class);
        for (Functions f : Functions.values()) {
            HttpLambdaIntegration integration = integrations.computeIfAbsent(f.group(),
                    g -> new HttpLambdaIntegration(g.constructId() + "Integration", aliases.get(g)));
            AddRoutesOptions.Builder route = AddRoutesOptions.builder().path(f.path())
                    .methods(List.of(HttpMethod.GET, HttpMethod.POST)).integration(integration);
            if (!f.isPublic()) {
                route.authorizer(cognito);
            }
            List<HttpRoute> made = api.addRoutes(route.build());
            if (f.isPublic()) {
                publicRoutes.addAll(made);
            }
        }
    }

    private void stage(HttpApi api) {
        LogGroup accessLogs = LogGroup.Builder.create(this, "ApiAccessLogs")
                .retention(RetentionDays.ONE_MONTH).removalPolicy(RemovalPolicy.DESTROY).build();
        HttpStage.Builder.create(this, "DefaultStage").httpApi(api).stageName("$default").autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(settings.apiRateLimit())
                        .burstLimit(settings.apiBurstLimit()).build())
                .accessLogSettings(new AccessLogs(new LogGroupLogDestination(accessLogs)))
                .build();
    }

    /**
     * JSON access log lines with HTTP API variables (the library's default is the REST API's format).
     * A plain class, not a record: jsii scans the object's methods for overrides, and a record's
     * accessor {@code destination()} collides with the interface property {@code destination}
     * ("Trying to override property 'destination' as a method") — in whichever order reflection
     * happens to list the methods, so the failure came and went between runs.
     */
    private static final class AccessLogs implements IAccessLogSettings {
        private final IAccessLogDestination target;

        AccessLogs(IAccessLogDestination target) {
            this.target = target;
        }

        @Override
        public IAccessLogDestination getDestination() {
            return target;
        }

        @Override
        public AccessLogFormat getFormat() {
            return AccessLogFormat.custom("{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
                    + "\"requestTime\":\"$context.requestTime\",\"routeKey\":\"$context.routeKey\","
                    + "\"status\":\"$context.status\",\"protocol\":\"$context.protocol\","
                    + "\"responseLength\":\"$context.responseLength\",\"latency\":\"$context.responseLatency\","
                    + "\"integrationLatency\":\"$context.integrationLatency\","
                    + "\"integrationError\":\"$context.integrationErrorMessage\","
                    + "\"authorizerError\":\"$context.authorizer.error\"}");
        }
    }

    // ---- Scheduled sweep --------------------------------------------------------------------

    private Queue sweepSchedule() {
        Queue dlq = Queue.Builder.create(this, "SweepDeadLetters")
                .retentionPeriod(Duration.days(14)).enforceSsl(true)
                .encryption(QueueEncryption.SQS_MANAGED).build();
        Schedule.Builder.create(this, "SweepSchedule")
                .description("Meeting Desk: close due deadline windows, send reminders, expire requests")
                .schedule(ScheduleExpression.rate(Duration.minutes(15)))
                .target(LambdaInvoke.Builder.create(aliases.get(FunctionGroup.SWEEP))
                        .role(schedulerRole)
                        .input(ScheduleTargetInput.fromObject(SweepEvent.of(schedulerRole.getRoleArn(), Aws.ACCOUNT_ID)))
                        // The sweep is idempotent, so retries are safe; after that the tick waits in the DLQ
                        // and the next tick (15 min) does the same work anyway.
                        .retryAttempts(3).maxEventAge(Duration.minutes(10))
                        .deadLetterQueue(dlq).build())
                .build();
        return dlq;
    }

    // ---- Page ---------------------------------------------------------------------------------

    private Bucket siteBucket(Bucket logs) {
        return Bucket.Builder.create(this, "Site")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL).encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true).objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(logs).serverAccessLogsPrefix("site/")
                .removalPolicy(RemovalPolicy.RETAIN).build();
    }

    private Distribution distribution(Bucket site, HttpApi api, Bucket logs) {
        // /api/meetings reaches the API as /meetings: the routes stay those of the app in dev.
        software.amazon.awscdk.services.cloudfront.Function stripPrefix =
                software.amazon.awscdk.services.cloudfront.Function.Builder.create(this, "StripApiPrefix")
                        .comment("Meeting Desk: /api/<function> -> /<function>")
                        .runtime(FunctionRuntime.JS_2_0)
                        .code(FunctionCode.fromInline("function handler(event) {\n"
                                + "  var request = event.request;\n"
                                + "  request.uri = request.uri.substring(" + API_PREFIX.length() + ") || '/';\n"
                                + "  return request;\n"
                                + "}\n"))
                        .build();
        // Never cache API answers, but keep Authorization and the query in what reaches the origin.
        CachePolicy apiPolicy = CachePolicy.Builder.create(this, "ApiCachePolicy")
                .comment("Meeting Desk API: no caching; Authorization and query forwarded")
                .defaultTtl(Duration.seconds(0)).minTtl(Duration.seconds(0)).maxTtl(Duration.seconds(1))
                .headerBehavior(CacheHeaderBehavior.allowList("Authorization"))
                .queryStringBehavior(CacheQueryStringBehavior.all())
                .enableAcceptEncodingGzip(true).enableAcceptEncodingBrotli(true).build();
        String apiDomain = api.getApiId() + ".execute-api." + Aws.REGION + "." + Aws.URL_SUFFIX;
        return Distribution.Builder.create(this, "Cdn")
                .comment("Meeting Desk page and API")
                .defaultRootObject("index.html")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(site))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .responseHeadersPolicy(ResponseHeadersPolicy.SECURITY_HEADERS).build())
                .additionalBehaviors(Map.of(API_PREFIX + "/*", BehaviorOptions.builder()
                        .origin(new HttpOrigin(apiDomain, software.amazon.awscdk.services.cloudfront.origins.HttpOriginProps
                                .builder().protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                                .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2)).build()))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        .cachePolicy(apiPolicy)
                        .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .eventType(FunctionEventType.VIEWER_REQUEST).function(stripPrefix).build()))
                        .build()))
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_ALL)
                .enableLogging(true).logBucket(logs).logFilePrefix("cloudfront/")
                .build();
    }

    /**
     * The page's files plus the {@code config.json} it reads at start (the shape js/auth.js
     * documents): Cognito hosted UI with PKCE, and where the API is ({@code apiBase}). Sources are
     * unpacked in order, so this config.json replaces the dev one shipped with the page.
     */
    private void siteContent(Bucket site, Distribution distribution, UserPoolDomain authDomain, UserPoolClient client,
            String publicUrl) {
        List<ISource> sources = new ArrayList<>();
        if (Files.isDirectory(settings.siteDir())) {
            sources.add(Source.asset(settings.siteDir().toString()));
        }
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("mode", "cognito");
        auth.put("domain", authDomain.baseUrl());
        auth.put("clientId", client.getUserPoolClientId());
        auth.put("redirectUri", publicUrl + "/");
        auth.put("logoutUri", publicUrl + "/");
        auth.put("scopes", "openid email profile");
        auth.put("region", Aws.REGION);
        auth.put("userPoolId", users.getUserPoolId());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiBase", API_PREFIX);
        config.put("auth", auth);
        sources.add(Source.jsonData("config.json", config));
        BucketDeployment.Builder.create(this, "SiteContent")
                .destinationBucket(site).sources(sources)
                .distribution(distribution).distributionPaths(List.of("/*"))
                .memoryLimit(512).build();
    }

    // ---- Alarms -------------------------------------------------------------------------------

    private void alarms(HttpApi api) {
        for (FunctionGroup group : FunctionGroup.values()) {
            Function fn = functions.get(group);
            MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
            alarm(group.constructId() + "Errors", fn.metricErrors(fiveMinutes),
                    "Meeting Desk " + group.id() + ": invocations failed");
            alarm(group.constructId() + "Throttles", fn.metricThrottles(fiveMinutes),
                    "Meeting Desk " + group.id() + ": invocations throttled");
        }
        // Heartbeat: a disabled or broken schedule raises no error anywhere, so watch for silence.
        // Four ticks an hour are expected; fewer than three (or no data at all) is an alarm.
        Alarm.Builder.create(this, "SweepHeartbeat")
                .metric(functions.get(FunctionGroup.SWEEP).metricInvocations(MetricOptions.builder()
                        .period(Duration.hours(1)).statistic("Sum").build()))
                .threshold(3).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.LESS_THAN_THRESHOLD)
                .treatMissingData(TreatMissingData.BREACHING)
                .alarmDescription("Meeting Desk: the scheduled sweep ran fewer than 3 times in an hour")
                .build().addAlarmAction(new SnsAction(alarms));
        alarm("SweepDeadLettersVisible", sweepDeadLetters.metricApproximateNumberOfMessagesVisible(
                MetricOptions.builder().period(Duration.minutes(5)).statistic("Maximum").build()),
                "Meeting Desk: scheduled sweeps failed after retries (messages in the dead-letter queue)");
        alarm("Api5xx", Metric.Builder.create().namespace("AWS/ApiGateway").metricName("5xx")
                .dimensionsMap(Map.of("ApiId", api.getApiId(), "Stage", "$default"))
                .period(Duration.minutes(5)).statistic("Sum").build(),
                "Meeting Desk API: server errors");
    }

    private void alarm(String id, IMetric metric, String description) {
        Alarm alarm = Alarm.Builder.create(this, id).metric(metric).threshold(1).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description).build();
        alarm.addAlarmAction(new SnsAction(alarms));
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    // ---- For nag suppressions and tests --------------------------------------------------------

    List<HttpRoute> publicRoutes() {
        return publicRoutes;
    }

    Map<FunctionGroup, Function> functions() {
        return functions;
    }

    Map<FunctionGroup, Alias> aliases() {
        return aliases;
    }

    Role schedulerRole() {
        return schedulerRole;
    }

    Table table() {
        return table;
    }

    UserPool users() {
        return users;
    }

    Queue sweepDeadLetters() {
        return sweepDeadLetters;
    }

    Bucket documents() {
        return documents;
    }

    StackSettings settings() {
        return settings;
    }
}
