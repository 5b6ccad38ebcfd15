package org.motcua.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers: SMTP from Spring Boot's {@code spring.mail.*}, SMS from {@code motcua.sms.*}, Zalo from
 * {@code motcua.zalo.*}. In demo mode, without an SMTP host, an in-process GreenMail server takes the
 * mail, and without an SMS provider an in-process SMSC ({@link DemoSmsc}) takes the SMS; both are shown
 * on the admin page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotificationSettings.class, SmsSettings.class, ZaloSettings.class})
class NotificationConfiguration {

    static final String DEMO_MAIL = "${motcua.demo:false} and '${spring.mail.host:}'.isEmpty()";
    static final String DEMO_SMS = "${motcua.demo:false} and '${motcua.sms.provider:}'.isEmpty()";

    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression(DEMO_MAIL)
    GreenMail demoMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Bean
    @ConditionalOnExpression(DEMO_MAIL)
    JavaMailSenderImpl demoMailSender(GreenMail demoMailServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoMailServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(DEMO_SMS)
    DemoSmsc demoSmsc() throws IOException {
        return new DemoSmsc(0);
    }

    @Bean(destroyMethod = "close")
    Channels channels(
            NotificationSettings settings,
            SmsSettings sms,
            ZaloSettings zalo,
            ObjectProvider<JavaMailSender> mail,
            ObjectProvider<DemoSmsc> demoSmsc,
            SmsInbound inbound,
            JsonMapper json) {
        List<ChannelSender> senders = new ArrayList<>();
        JavaMailSender mailSender = mail.getIfAvailable();
        if (mailSender != null) {
            senders.add(new EmailSender(mailSender, settings.emailFrom()));
        }
        switch (sms.provider()) {
            case "smpp" -> senders.add(new SmppSender(sms, sms.smpp(), inbound));
            case "http" -> senders.add(new HttpSmsSender(sms, json));
            case "" -> {
                DemoSmsc demo = demoSmsc.getIfAvailable();
                if (demo != null) {
                    SmsSettings.Smpp local = new SmsSettings.Smpp(
                            "127.0.0.1",
                            demo.port(),
                            "motcua",
                            "demo",
                            "",
                            sms.smpp().timeout(),
                            sms.smpp().enquireLink());
                    senders.add(new SmppSender(sms, local, inbound));
                }
            }
            default ->
                throw new IllegalStateException(
                        "motcua.sms.provider must be smpp, http or empty, not " + sms.provider());
        }
        if (zalo.enabled()) {
            senders.add(new ZaloSender(zalo, json));
        }
        return new Channels(senders, settings.channels());
    }
}
