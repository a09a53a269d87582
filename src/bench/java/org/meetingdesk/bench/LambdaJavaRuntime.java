package org.meetingdesk.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * Stand-in for the AWS Lambda Java runtime interface client, which is what actually runs a JVM
 * function on Lambda: a packaged Quarkus Lambda app in JVM mode has no poll loop of its own
 * ({@code java -jar} on the runner jar just idles), Lambda's runtime loads the class named in
 * {@code _HANDLER} ({@code QuarkusStreamHandler}, whose class initialization boots Quarkus — the
 * "Init" phase), then polls the Runtime API and calls {@code handleRequest(in, out, context)} for each
 * event. This class does exactly that and nothing else, with only the JDK and
 * {@code aws-lambda-java-core} (which every Lambda app already carries), so it runs on the function's
 * own classpath in a child JVM.
 */
public final class LambdaJavaRuntime {

    private LambdaJavaRuntime() {
    }

    public static void main(String[] args) throws Exception {
        String api = "http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/";
        String handler = System.getenv("_HANDLER");
        int sep = handler.indexOf("::");
        Object target;
        Method method;
        try {
            Class<?> type = Class.forName(handler.substring(0, sep));
            target = type.getConstructor().newInstance();
            method = type.getMethod(handler.substring(sep + 2), InputStream.class, OutputStream.class, Context.class);
        } catch (Throwable e) {
            post(api + "init/error", error(e));
            throw e;
        }
        while (true) {
            HttpURLConnection next = (HttpURLConnection) new URL(api + "invocation/next").openConnection();
            next.setReadTimeout(0);
            byte[] event;
            try (InputStream in = next.getInputStream()) {
                event = in.readAllBytes();
            }
            String requestId = next.getHeaderField("Lambda-Runtime-Aws-Request-Id");
            long deadline = Long.parseLong(next.getHeaderField("Lambda-Runtime-Deadline-Ms"));
            String arn = next.getHeaderField("Lambda-Runtime-Invoked-Function-Arn");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                method.invoke(target, new ByteArrayInputStream(event), out, context(requestId, deadline, arn));
                post(api + "invocation/" + requestId + "/response", out.toByteArray());
            } catch (Throwable e) {
                post(api + "invocation/" + requestId + "/error", error(e));
            }
        }
    }

    private static byte[] error(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        System.err.println(trace);
        String message = String.valueOf(e.getMessage()).replace("\\", "\\\\").replace("\"", "'");
        return ("{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + e.getClass().getName() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void post(String url, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream o = c.getOutputStream()) {
            o.write(body);
        }
        try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
        }
    }

    private static Context context(String requestId, long deadlineMs, String arn) {
        return new Context() {
            public String getAwsRequestId() {
                return requestId;
            }

            public String getLogGroupName() {
                return System.getenv("AWS_LAMBDA_LOG_GROUP_NAME");
            }

            public String getLogStreamName() {
                return System.getenv("AWS_LAMBDA_LOG_STREAM_NAME");
            }

            public String getFunctionName() {
                return System.getenv("AWS_LAMBDA_FUNCTION_NAME");
            }

            public String getFunctionVersion() {
                return System.getenv("AWS_LAMBDA_FUNCTION_VERSION");
            }

            public String getInvokedFunctionArn() {
                return arn;
            }

            public CognitoIdentity getIdentity() {
                return null;
            }

            public ClientContext getClientContext() {
                return null;
            }

            public int getRemainingTimeInMillis() {
                return (int) Math.max(0, deadlineMs - System.currentTimeMillis());
            }

            public int getMemoryLimitInMB() {
                return Integer.parseInt(System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"));
            }

            public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    public void log(String message) {
                        System.out.print(message);
                    }

                    public void log(byte[] message) {
                        System.out.write(message, 0, message.length);
                    }
                };
            }
        };
    }
}
