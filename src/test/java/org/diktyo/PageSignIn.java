package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.diktyo.accounts.TestAccounts;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in on the sign-in page, as a browser would, and keeps the session for the pages that follow. */
public final class PageSignIn {

    private PageSignIn() {
    }

    /** The demo's secretariat. */
    public static MockHttpSession secretariat(MockMvc mvc) throws Exception {
        return as(mvc, "secretariat@diktyo.example", TestAccounts.demoPassword());
    }

    public static MockHttpSession as(MockMvc mvc, String email, String password) throws Exception {
        MvcResult signIn = mvc.perform(post("/signin").param("email", email).param("password", password).with(csrf()))
                .andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) signIn.getRequest().getSession(false);
    }
}
