package newsdesk; public class Main { public static void main(String[] a){} }
