package org.diktyo.invitations.replies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.ReplyView;

/** The answer form as posted: {@code invitation}, {@code parts[<id>]=ATTEND|DECLINE}, {@code delegates[i].fullName} … */
public class ReplyForm {

    private String invitation;
    private Map<String, String> parts = new LinkedHashMap<>();
    private List<DelegateFields> delegates = new ArrayList<>();

    public static ReplyForm of(ReplyView v) {
        ReplyForm f = new ReplyForm();
        f.invitation = v.invitation().id();
        for (ReplyView.PartAnswer p : v.parts()) {
            if (p.attending() != null) {
                f.parts.put(p.part().id(), Attendance.of(p.attending()).name());
            }
        }
        for (DelegateRow d : v.delegates()) {
            DelegateFields fields = new DelegateFields();
            fields.fullName = d.fullName();
            fields.roleTitle = d.roleTitle();
            fields.email = d.email();
            fields.phone = d.phone();
            fields.needs = d.needs();
            f.delegates.add(fields);
        }
        return f;
    }

    public ReplyInput input() {
        return new ReplyInput(invitation, parts, delegates.stream().map(d -> d == null ? null
                : new ReplyInput.Delegate(d.fullName, d.roleTitle, d.email, d.phone, d.needs)).toList());
    }

    public String answer(String partId) {
        return parts.get(partId);
    }

    /** The delegate fields of row {@code i}, blank beyond those typed. */
    public DelegateFields delegate(int i) {
        return i < delegates.size() && delegates.get(i) != null ? delegates.get(i) : new DelegateFields();
    }

    public String getInvitation() { return invitation; }
    public void setInvitation(String invitation) { this.invitation = invitation; }
    public Map<String, String> getParts() { return parts; }
    public void setParts(Map<String, String> parts) { this.parts = parts; }
    public List<DelegateFields> getDelegates() { return delegates; }
    public void setDelegates(List<DelegateFields> delegates) { this.delegates = delegates; }

    /** One delegate's fields. */
    public static class DelegateFields {
        private String fullName;
        private String roleTitle;
        private String email;
        private String phone;
        private String needs;

        public String getFullName() { return fullName == null ? "" : fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getRoleTitle() { return roleTitle == null ? "" : roleTitle; }
        public void setRoleTitle(String roleTitle) { this.roleTitle = roleTitle; }
        public String getEmail() { return email == null ? "" : email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone == null ? "" : phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getNeeds() { return needs == null ? "" : needs; }
        public void setNeeds(String needs) { this.needs = needs; }
    }
}
